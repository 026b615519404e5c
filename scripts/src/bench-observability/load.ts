import { performance } from 'node:perf_hooks';

export interface BenchQuery {
  name: string;
  /** Requests per block, as a multiple of --block (a cheap query needs more to measure its CPU time). */
  weight: number;
  query: string;
  variables?: Record<string, unknown>;
}

/** README.md "One request across all four subgraphs" (registered: integrator/dashboards.graphql). */
export const QUERIES: readonly BenchQuery[] = [
  {
    name: 'integrator (4 subgraphs)',
    weight: 1,
    query: `query UnionsAcrossDepartments($regionPrefix: String!, $regionCode: ID!, $first: Int = 25) {
      organizations(first: $first, filter: { regionPrefix: $regionPrefix, kind: GRASSROOTS, status: ACTIVE }) {
        nodes { id name employer { id name creditCode } memberStats { total active migrantWorkers }
                serviceStats { openHardshipCases }
                laborRelations { hasValidContract contractExpiresOn openDisputes riskLevel } } }
      region(code: $regionCode) { memberStats { total } serviceStats { membersServed } laborStats { openDisputes } }
    }`,
    variables: { regionPrefix: '4401', regionCode: '4401', first: 5 },
  },
  { name: 'one field (1 subgraph)', weight: 4, query: '{ region(code: "44") { name } }' },
];

/** Sends `count` requests, `concurrency` at a time; resolves to each one's latency in ms. */
export async function runLoad(
  url: string,
  token: string,
  q: BenchQuery,
  count: number,
  concurrency: number,
): Promise<number[]> {
  const body = JSON.stringify({ query: q.query, variables: q.variables ?? {} });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const begin = performance.now();
      const response = await fetch(url, { method: 'POST', headers, body });
      const result = (await response.json()) as { errors?: { message: string }[] };
      latencies.push(performance.now() - begin);
      if (response.status !== 200 || result.errors)
        throw new Error(`${q.name}: HTTP ${response.status} ${JSON.stringify(result.errors ?? '')}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies;
}
