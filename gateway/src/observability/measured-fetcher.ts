import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { injectTraceHeaders, serviceMetrics } from '@union/kit';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/** The gateway's service name in metrics, spans and access lines. */
export const GATEWAY_SERVICE = 'gateway';

/* The timeout fetcher's messages say which failure it was (subgraphs/timeout-fetcher.ts). */
function outcomeOf(error: unknown): 'timeout' | 'unreachable' {
  return /did not answer within/.test((error as Error)?.message ?? '') ? 'timeout' : 'unreachable';
}

/**
 * Counts and times every fetch to one subgraph (`gateway_subgraph_fetches_total`,
 * `gateway_subgraph_fetch_duration_seconds`: ok, http_error, timeout, unreachable) and sends the
 * active span's `traceparent`: it runs inside @apollo/gateway's `gateway.fetch` span, so the
 * subgraph's spans join the client's trace (docs/operations.md).
 */
export function measuredFetcher(subgraph: string, inner: Fetcher): Fetcher {
  const metrics = serviceMetrics(GATEWAY_SERVICE);
  return async (url, init) => {
    const headers = init?.headers as
      | { set?: (k: string, v: string) => void }
      | Record<string, string>
      | undefined;
    if (headers && typeof headers.set === 'function') {
      const set = headers.set.bind(headers) as (k: string, v: string) => void;
      injectTraceHeaders(set);
    } else if (headers) {
      injectTraceHeaders((k, v) => ((headers as Record<string, string>)[k] = v));
    }
    if (!metrics.enabled) return inner(url, init);
    const begin = process.hrtime.bigint();
    const record = (outcome: string) => {
      metrics.subgraphFetches.inc({ subgraph, outcome });
      metrics.subgraphFetchDuration.observe(
        { subgraph, outcome },
        Number(process.hrtime.bigint() - begin) / 1e9,
      );
    };
    try {
      const response = await inner(url, init);
      record(response.ok ? 'ok' : 'http_error');
      return response;
    } catch (error) {
      record(outcomeOf(error));
      throw error;
    }
  };
}

/** A subgraph answer that carries GraphQL errors (`gateway_subgraph_errors_total`). */
export function countSubgraphErrors(subgraph: string, errors: readonly unknown[] | undefined): void {
  const metrics = serviceMetrics(GATEWAY_SERVICE);
  if (metrics.enabled && errors && errors.length > 0) metrics.subgraphErrors.inc({ subgraph }, errors.length);
}
