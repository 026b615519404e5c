import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the current client request is, wherever in its process the code runs (resolvers, loaders,
 * SQL, `_entities` look-ups): its request id and, once known, its bounded operation name. The kit's
 * HTTP server runs each GraphQL request inside it (docs/architecture.md §8).
 */
export interface RequestContext {
  requestId?: string;
  /** Bounded (registered name, `anonymous` or `other`): it may label metrics and log lines. */
  operation?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runInRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** The id of the client request this code runs for, if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
