import { newId } from '@union/kit';

export const REQUEST_ID_HEADER = 'x-request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The id that ties a client request to its subgraph calls, logs and audit rows. A caller's (or load
 * balancer's) x-request-id is kept only when it is a UUID: anything else could smuggle text into
 * logs and audit rows, so it is replaced by a fresh one.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && UUID.test(value) ? value.toLowerCase() : newId();
}
