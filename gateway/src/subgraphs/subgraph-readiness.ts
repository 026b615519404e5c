import type { SubgraphEndpoint } from '../supergraph/subgraph-endpoints';

/** Where a subgraph answers /readyz, next to its GraphQL endpoint (`…/graphql` → `…/readyz`). */
export function readyUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, '').replace(/\/$/, '')}/readyz`;
  url.search = '';
  return url.toString();
}

/** One subgraph as the gateway sees it. No URL: where subgraphs live is internal (docs/architecture.md §6). */
export interface SubgraphHealth {
  name: string;
  ready: boolean;
  /**
   * `ready`; `not-ready` (it answered /readyz with another status — e.g. its database is down or it
   * is draining); `unreachable` (no answer: connection refused, DNS); `timeout`.
   */
  state: 'ready' | 'not-ready' | 'unreachable' | 'timeout';
  /** The HTTP status of its /readyz, when it answered. */
  httpStatus?: number;
  /** How long the probe took. */
  ms: number;
}

/**
 * Probes every subgraph's /readyz at once (so a check never takes much longer than one timeout).
 * The one place per-subgraph health is computed: the detail endpoint uses it, and metrics will.
 */
export async function probeSubgraphs(
  endpoints: readonly SubgraphEndpoint[],
  timeoutMs: number,
): Promise<SubgraphHealth[]> {
  return Promise.all(
    endpoints.map(async ({ name, url }): Promise<SubgraphHealth> => {
      const started = Date.now();
      const ms = () => Date.now() - started;
      try {
        const response = await fetch(readyUrlOf(url), { signal: AbortSignal.timeout(timeoutMs) });
        await response.arrayBuffer();
        const ready = response.status === 200;
        return { name, ready, state: ready ? 'ready' : 'not-ready', httpStatus: response.status, ms: ms() };
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        return { name, ready: false, state: timedOut ? 'timeout' : 'unreachable', ms: ms() };
      }
    }),
  );
}

/** The names of the subgraphs that do not answer /readyz with 200 within `timeoutMs`. */
export async function unreadySubgraphs(
  endpoints: readonly SubgraphEndpoint[],
  timeoutMs: number,
): Promise<string[]> {
  return (await probeSubgraphs(endpoints, timeoutMs)).filter((h) => !h.ready).map((h) => h.name);
}

export interface SubgraphHealthCheck {
  /** The health of every subgraph of the supergraph being served (at most `cacheMs` old). */
  check(): Promise<SubgraphHealth[]>;
}

/**
 * Subgraph health for an endpoint anyone may call: concurrent callers share one probe and a result
 * is reused for `cacheMs`, so polling the endpoint never multiplies into traffic on the subgraphs.
 */
export function subgraphHealthCheck(
  endpoints: () => readonly SubgraphEndpoint[],
  options: { timeoutMs: number; cacheMs?: number },
): SubgraphHealthCheck {
  const cacheMs = options.cacheMs ?? 1000;
  /** `at` is null while the probe runs (callers meanwhile share it), then the time it finished. */
  let last: { at: number | null; result: Promise<SubgraphHealth[]> } | undefined;
  return {
    check() {
      if (!last || (last.at !== null && Date.now() - last.at > cacheMs)) {
        const current: { at: number | null; result: Promise<SubgraphHealth[]> } = {
          at: null,
          result: probeSubgraphs(endpoints(), options.timeoutMs),
        };
        // probeSubgraphs never rejects: every failure is a state.
        void current.result.then(() => (current.at = Date.now()));
        last = current;
      }
      return last.result;
    },
  };
}
