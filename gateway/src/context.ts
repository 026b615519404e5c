import type { RequestContextBase } from '@union/kit';
import type { FastifyRequest } from 'fastify';

/** Per-request context of the gateway: the verified caller (null = anonymous) and the request id. */
export interface GatewayContext extends RequestContextBase {
  /** The HTTP request, for limits that count per client address; never forwarded to subgraphs. */
  request?: FastifyRequest;
}
