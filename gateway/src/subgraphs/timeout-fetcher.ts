import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * A fetcher that gives up on a subgraph after `timeoutMs` (headers and body alike). The gateway
 * turns the rejection into an error for that fetch only, so the fields other subgraphs resolved
 * still reach the client. Failures are re-thrown without the URL: the message reaches the logs,
 * and the masking plugin keeps it from the client in any case.
 */
export function timeoutFetcher(subgraph: string, timeoutMs: number): Fetcher {
  return async (url, init) => {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      if ((error as Error)?.name === 'TimeoutError') {
        throw new Error(`Subgraph ${subgraph} did not answer within ${timeoutMs} ms`);
      }
      const cause = (error as { cause?: { code?: unknown } })?.cause?.code;
      throw new Error(`Subgraph ${subgraph} is unreachable${typeof cause === 'string' ? ` (${cause})` : ''}`);
    }
  };
}
