import { makeCreditCode, newId, testDialects, toDbTimestamp } from '@union/kit';
import { buildTree, PROVINCE_ADMIN, type Tree } from './fixture';
import { expectError, startHarness, type Harness } from './harness';

const UNIONS = 120;

/** Bulk rows straight into the tables: the statement-count test needs a big page, not the write path. */
async function insertGrassroots(h: Harness, parent: { id: string; path: string }, count: number) {
  const now = toDbTimestamp();
  const employers = Array.from({ length: count }, (_, i) => ({
    id: newId(),
    name: `测试企业${i}`,
    credit_code: makeCreditCode({ regionCode: '440106', serial: 900000 + i }),
    industry_code: 'C',
    ownership: 'PRIVATE' as const,
    employee_count: 100 + i,
    region_code: '440106',
    created_at: now,
  }));
  await h.db.insertInto('employers').values(employers).execute();
  const orgs = employers.map((e, i) => {
    const id = newId();
    return {
      id,
      name: `测试企业${i}工会`,
      kind: 'GRASSROOTS' as const,
      level: 'GRASSROOTS' as const,
      region_code: '440106001',
      parent_id: parent.id,
      path: `${parent.path}${id}/`,
      employer_id: e.id,
      status: 'ACTIVE' as const,
      successor_id: null,
      established_on: null,
      dissolved_on: null,
      chairperson: null,
      version: 1,
      created_at: now,
      updated_at: now,
    };
  });
  await h.db.insertInto('organizations').values(orgs).execute();
}

const PAGE = `query($first: Int, $after: String) {
  organizations(first: $first, after: $after, filter: { kind: GRASSROOTS }) {
    pageInfo { hasNextPage endCursor }
    nodes { id name employer { creditCode } region { name } parent { name } }
  }
}`;

describe.each(testDialects())('pagination and SQL statements on %s', (dialect) => {
  let h: Harness;
  let t: Tree;
  beforeAll(async () => {
    h = await startHarness(dialect);
    t = await buildTree(h);
    const tianhe = await h.db
      .selectFrom('organizations')
      .select(['id', 'path'])
      .where('id', '=', t.tianhe)
      .executeTakeFirstOrThrow();
    await insertGrassroots(h, tianhe, UNIONS);
  });
  afterAll(() => h.close());

  async function statementsFor(first: number): Promise<number> {
    h.queries.length = 0;
    const result = await h.gql(PROVINCE_ADMIN, PAGE, { first });
    expect(result.errors).toBeUndefined();
    expect(result.data.organizations.nodes).toHaveLength(first);
    expect(result.data.organizations.nodes.every((n: any) => n.employer && n.region && n.parent)).toBe(true);
    return h.queries.length;
  }

  it('costs a constant number of statements whatever the page size (no N+1)', async () => {
    const small = await statementsFor(5);
    const full = await statementsFor(100);
    expect(full).toBe(small);
    // page + employers + regions + parents
    expect(full).toBeLessThanOrEqual(4);
  });

  it('walks every row exactly once with opaque cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result: any = await h.gql(PROVINCE_ADMIN, PAGE, { first: 50, after });
      seen.push(...result.data.organizations.nodes.map((n: any) => n.id));
      if (!result.data.organizations.pageInfo.hasNextPage) break;
      after = result.data.organizations.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(UNIONS + 2);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(seen);
  });

  it('pages descendants under a filter and counts only when asked', async () => {
    const query = `query($id: ID!, $after: String) { organization(id: $id) { descendants(first: 40, after: $after, filter: { regionPrefix: "440106" }) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`;
    const first = await h.gql(PROVINCE_ADMIN, query, { id: t.guangzhou });
    const d = first.data.organization.descendants;
    expect(d.totalCount).toBe(UNIONS + 2);
    expect(d.pageInfo.hasNextPage).toBe(true);
    const second = await h.gql(PROVINCE_ADMIN, query, { id: t.guangzhou, after: d.pageInfo.endCursor });
    expect(second.data.organization.descendants.nodes[0].id > d.nodes[39].id).toBe(true);

    h.queries.length = 0;
    await h.gql(PROVINCE_ADMIN, '{ organizations(first: 10) { nodes { id } } }');
    expect(h.queries.some((q) => /count\(\*\)/i.test(q))).toBe(false);
  });

  it('caps the page size at 100 and rejects a forged cursor', async () => {
    expectError(await h.gql(PROVINCE_ADMIN, PAGE, { first: 101 }), 'BAD_USER_INPUT', 'first');
    expectError(
      await h.gql(PROVINCE_ADMIN, PAGE, { first: 10, after: 'not-a-cursor' }),
      'BAD_USER_INPUT',
      'after',
    );
  });

  it('treats LIKE wildcards in nameContains literally', async () => {
    const all = await h.gql(
      PROVINCE_ADMIN,
      '{ organizations(filter: { nameContains: "%" }) { nodes { id } } }',
    );
    expect(all.data.organizations.nodes).toEqual([]);
    const some = await h.gql(
      PROVINCE_ADMIN,
      '{ organizations(first: 100, filter: { nameContains: "企业1" }) { totalCount } }',
    );
    expect(some.data.organizations.totalCount).toBe(31); // 企业1, 企业10–19, 企业100–119
  });
});
