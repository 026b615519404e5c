import type { Fixtures } from './fixtures';
import type { GraphqlClient } from './graphql-client';
import { DESCENDANTS, EMPLOYER_BY_CODE, ENTITIES, GRASSROOTS_PAGE, PROVINCE_STATS } from './operations';

/** One measured operation: what is sent, as whom, and what a correct answer looks like. */
export interface BenchQuery {
  label: string;
  /** Jurisdiction of the FEDERATION_ADMIN the request is signed for. */
  region: '44' | '4401';
  document: string;
  variables(iteration: number): Record<string, unknown>;
  /** Throws when the answer is not what the query is meant to measure (checked during warm-up). */
  check(data: any): void;
}

export const PAGE_DEPTH = 5;
const ENTITY_BATCH = 100;

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`unexpected answer: ${message}`);
}

function checkGrassrootsPage(data: any): void {
  const nodes = data.organizations.nodes as any[];
  expect(nodes.length === 100, `page of ${nodes.length} organizations, not 100`);
  expect(
    nodes.every((n) => n.kind === 'GRASSROOTS' && n.region.code.startsWith('4401')),
    'a node outside the filter',
  );
  expect(
    nodes.every((n) => n.employer && n.parent),
    'a node without its employer or parent',
  );
}

/** Follows the keyset cursors PAGE_DEPTH pages deep; the measured request then asks for the next page. */
export async function fetchDeepCursor(client: GraphqlClient, token: string): Promise<string> {
  let after: string | null = null;
  for (let page = 0; page < PAGE_DEPTH; page++) {
    const data: any = await client.request(GRASSROOTS_PAGE, { after }, token);
    expect(
      data.organizations.pageInfo.hasNextPage,
      `only ${page + 1} pages of Guangzhou grassroots unions; query 2 needs ${PAGE_DEPTH + 1} (raise --scale)`,
    );
    after = data.organizations.pageInfo.endCursor as string;
  }
  return after!;
}

export function benchQueries(fixtures: Fixtures, deepCursor: string): BenchQuery[] {
  const { organizationIds, creditCodes } = fixtures;
  return [
    {
      label: '1 organizations 4401 GRASSROOTS first 100',
      // Province admin: a 4401 admin would get FORBIDDEN for parents that are provincial industry unions.
      region: '44',
      document: GRASSROOTS_PAGE,
      variables: () => ({ after: null }),
      check: checkGrassrootsPage,
    },
    {
      label: `2 same, page ${PAGE_DEPTH + 1} (after ${PAGE_DEPTH * 100})`,
      region: '44',
      document: GRASSROOTS_PAGE,
      variables: () => ({ after: deepCursor }),
      check: checkGrassrootsPage,
    },
    {
      label: '3 Guangzhou descendants 100 + total',
      region: '4401',
      document: DESCENDANTS,
      variables: () => ({ id: fixtures.guangzhouFederationId }),
      check: (data) => {
        const d = data.organization.descendants;
        expect(d.nodes.length === 100 && d.totalCount > 100, `${d.nodes.length} of ${d.totalCount}`);
      },
    },
    {
      label: '4 region 44 stats + 21 cities',
      region: '44',
      document: PROVINCE_STATS,
      variables: () => ({}),
      check: (data) => {
        const r = data.region;
        expect(r.organizationStats.total > 0, 'no organizations counted for 44');
        expect(r.children.length === 21, `${r.children.length} cities, not 21`);
        expect(
          r.children.every((c: any) => c.organizationStats.total > 0),
          'a city without organizations',
        );
      },
    },
    {
      label: '5 employerByCreditCode (random)',
      region: '44',
      document: EMPLOYER_BY_CODE,
      variables: (i) => ({ code: creditCodes[i % creditCodes.length] }),
      check: (data) => expect(data.employerByCreditCode?.creditCode, 'employer not found'),
    },
    {
      label: `6 _entities ${ENTITY_BATCH} Organization refs`,
      region: '44',
      document: ENTITIES,
      variables: (i) => {
        const start = (i * ENTITY_BATCH) % Math.max(1, organizationIds.length - ENTITY_BATCH);
        const ids = organizationIds.slice(start, start + ENTITY_BATCH);
        return { representations: ids.map((id) => ({ __typename: 'Organization', id })) };
      },
      check: (data) => {
        const entities = data._entities as any[];
        expect(entities.length === ENTITY_BATCH, `${entities.length} entities`);
        expect(
          entities.every((e) => e?.id),
          'an unresolved reference',
        );
      },
    },
  ];
}
