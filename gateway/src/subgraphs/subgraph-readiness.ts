import type { SubgraphEndpoint } from '../supergraph/subgraph-endpoints';

/** Where a subgraph answers /readyz, next to its GraphQL endpoint (`…/graphql` → `…/readyz`). */
export function readyUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, '').replace(/\/$/, '')}/readyz`;
  url.search = '';
  return url.toString();
}

/**
 * The names of the subgraphs that do not answer /readyz with 200 within `timeoutMs` (all asked at
 * once, so a probe never takes much longer than one timeout). Empty means the gateway is ready.
 */
export async function unreadySubgraphs(
  endpoints: readonly SubgraphEndpoint[],
  timeoutMs: number,
): Promise<string[]> {
  const results = await Promise.all(
    endpoints.map(async ({ name, url }) => {
      try {
        const response = await fetch(readyUrlOf(url), { signal: AbortSignal.timeout(timeoutMs) });
        await response.arrayBuffer();
        return response.status === 200 ? null : name;
      } catch {
        return name;
      }
    }),
  );
  return results.filter((name): name is string => name !== null);
}
