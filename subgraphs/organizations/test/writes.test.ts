import { testDialects } from '@union/kit';
import { buildTree, createOrg, PROVINCE_ADMIN, type Tree } from './fixture';
import { rebuildCounts } from '../src/stats/organization-counts.repository';
import { as, expectError, nextCreditCode, startHarness, type Harness } from './harness';

const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { name version chairperson } } }`;
const DISSOLVE = `mutation($input: DissolveOrganizationInput!) { dissolveOrganization(input: $input) { organization { status dissolvedOn version } } }`;
const MERGE = `mutation($input: MergeOrganizationsInput!) { mergeOrganizations(input: $input) { movedChildren source { status successor { id } } target { id } } }`;
const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`;
const REGISTER = `mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { employer { id creditCode industryName region { name } } } }`;
const WORKER_HOME = `mutation($input: SetWorkerHomeInput!) { setWorkerHome(input: $input) { organization { workerHome { integrated isDemonstrationSite demonstrationLevel rating } } } }`;

async function countOrganizations(h: Harness): Promise<number> {
  const row = await h.db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(testDialects())('organization writes on %s', (dialect) => {
  let h: Harness;
  let t: Tree;
  beforeAll(async () => {
    h = await startHarness(dialect);
    t = await buildTree(h);
  });
  afterAll(() => h.close());

  it('derives the level from kind and region', async () => {
    const result = await h.gql(
      PROVINCE_ADMIN,
      'query($a: ID!, $b: ID!, $c: ID!) { a: organization(id: $a) { level } b: organization(id: $b) { level } c: organization(id: $c) { level } }',
      { a: t.province, b: t.tianhe, c: t.factory },
    );
    expect(result.data).toEqual({
      a: { level: 'PROVINCE' },
      b: { level: 'COUNTY' },
      c: { level: 'GRASSROOTS' },
    });
  });

  it('refuses a write outside the caller region with FORBIDDEN and writes nothing', async () => {
    const before = await countOrganizations(h);
    const shenzhenAdmin = as('FEDERATION_ADMIN', { region: '4403' });
    const result = await h.gql(shenzhenAdmin, CREATE, {
      input: { name: '越界工会', kind: 'GRASSROOTS', regionCode: '440106', parentId: t.tianhe },
    });
    expectError(result, 'FORBIDDEN');
    const update = await h.gql(shenzhenAdmin, UPDATE, {
      input: { id: t.factory, expectedVersion: 1, name: 'x' },
    });
    expectError(update, 'FORBIDDEN');
    for (const role of ['AUDITOR', 'MEMBER', 'SERVICE'] as const) {
      const denied = await h.gql(as(role, { region: '44', member: 'm', org: t.factory }), CREATE, {
        input: { name: '某工会', kind: 'GRASSROOTS', regionCode: '440106', parentId: t.tianhe },
      });
      expectError(denied, 'FORBIDDEN');
    }
    expect(await countOrganizations(h)).toBe(before);
  });

  it('names the offending field of bad input', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '  ', kind: 'GRASSROOTS', regionCode: '440106', parentId: t.tianhe }, 'input.name'],
      [{ name: 'A', kind: 'GRASSROOTS', regionCode: '4401xx', parentId: t.tianhe }, 'input.regionCode'],
      [{ name: 'A', kind: 'GRASSROOTS', regionCode: '440305', parentId: t.tianhe }, 'input.regionCode'],
      [{ name: 'A', kind: 'BRANCH', regionCode: '440106', parentId: t.tianhe }, 'input.kind'],
      [{ name: 'A', kind: 'GRASSROOTS', regionCode: '440106' }, 'input.parentId'],
    ];
    for (const [input, field] of cases)
      expectError(await h.gql(PROVINCE_ADMIN, CREATE, { input }), 'BAD_USER_INPUT', field);
    expectError(
      await h.gql(PROVINCE_ADMIN, CREATE, {
        input: { name: 'A', kind: 'GRASSROOTS', regionCode: '440106', parentId: 'missing' },
      }),
      'NOT_FOUND',
      'input.parentId',
    );
    const badDate = await h.gql(PROVINCE_ADMIN, CREATE, {
      input: {
        name: 'A',
        kind: 'GRASSROOTS',
        regionCode: '440106',
        parentId: t.tianhe,
        establishedOn: '2023-02-30',
      },
    });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a duplicate name under the same parent with CONFLICT', async () => {
    const result = await h.gql(PROVINCE_ADMIN, CREATE, {
      input: { name: '天河区总工会', kind: 'FEDERATION', regionCode: '440106', parentId: t.guangzhou },
    });
    expectError(result, 'CONFLICT', 'input.name');
  });

  it('updates with expectedVersion and answers CONFLICT to a stale one', async () => {
    const first = await h.gql(PROVINCE_ADMIN, UPDATE, {
      input: { id: t.shop, expectedVersion: 1, chairperson: '李海燕' },
    });
    expect(first.data.updateOrganization.organization).toMatchObject({ version: 2, chairperson: '李海燕' });
    const stale = await h.gql(as('ORG_ADMIN', { org: t.shop }), UPDATE, {
      input: { id: t.shop, expectedVersion: 1, name: '旧名' },
    });
    expectError(stale, 'CONFLICT', 'input.expectedVersion');
    const own = await h.gql(as('ORG_ADMIN', { org: t.shop }), UPDATE, {
      input: { id: t.shop, expectedVersion: 2, name: '海岸物流工会' },
    });
    expect(own.data.updateOrganization.organization).toMatchObject({ name: '海岸物流工会', version: 3 });
  });

  it('registers employers with a valid, unique credit code', async () => {
    const code = nextCreditCode('440305');
    const input = {
      name: '深圳市南山区星河软件有限公司',
      creditCode: code,
      industryCode: 'i',
      ownership: 'PRIVATE',
      employeeCount: 88,
      regionCode: '440305',
    };
    const ok = await h.gql(PROVINCE_ADMIN, REGISTER, { input });
    expect(ok.data.registerEmployer.employer).toMatchObject({
      creditCode: code,
      industryName: '信息传输、软件和信息技术服务业',
      region: { name: '南山区' },
    });
    expectError(await h.gql(PROVINCE_ADMIN, REGISTER, { input }), 'CONFLICT', 'input.creditCode');
    const broken = `${code.slice(0, 17)}${code[17] === '0' ? '1' : '0'}`;
    expectError(
      await h.gql(PROVINCE_ADMIN, REGISTER, { input: { ...input, creditCode: broken } }),
      'BAD_USER_INPUT',
      'input.creditCode',
    );
    expectError(
      await h.gql(PROVINCE_ADMIN, REGISTER, {
        input: { ...input, creditCode: nextCreditCode(), industryCode: 'Z' },
      }),
      'BAD_USER_INPUT',
      'input.industryCode',
    );
    expectError(
      await h.gql(as('FEDERATION_ADMIN', { region: '4401' }), REGISTER, {
        input: { ...input, creditCode: nextCreditCode() },
      }),
      'FORBIDDEN',
    );
    const found = await h.gql(
      PROVINCE_ADMIN,
      'query($c: String!) { employerByCreditCode(creditCode: $c) { name } }',
      { c: code.toLowerCase() },
    );
    expect(found.data.employerByCreditCode.name).toBe('深圳市南山区星河软件有限公司');
  });

  it('dissolves a leaf, refuses a parent with active children, and refuses dissolving twice', async () => {
    const withChildren = await h.gql(PROVINCE_ADMIN, DISSOLVE, {
      input: { id: t.tianhe, reason: '机构调整' },
    });
    expectError(withChildren, 'CONFLICT');
    const leaf = await createOrg(h, {
      name: '临时工会',
      kind: 'GRASSROOTS',
      regionCode: '440106',
      parentId: t.tianhe,
    });
    const set = await h.gql(PROVINCE_ADMIN, WORKER_HOME, {
      input: { organizationId: leaf, integrated: true },
    });
    expect(set.errors).toBeUndefined();
    const done = await h.gql(PROVINCE_ADMIN, DISSOLVE, {
      input: { id: leaf, reason: '企业注销', dissolvedOn: '2026-01-31' },
    });
    expect(done.data.dissolveOrganization.organization).toEqual({
      status: 'DISSOLVED',
      dissolvedOn: '2026-01-31',
      version: 2,
    });
    const again = await h.gql(PROVINCE_ADMIN, DISSOLVE, { input: { id: leaf, reason: '再次' } });
    const error = expectError(again, 'INVALID_STATE_TRANSITION');
    expect(error.extensions).toMatchObject({ currentState: 'DISSOLVED', requestedState: 'DISSOLVED' });
    const events = await h.db
      .selectFrom('organization_events')
      .select(['event', 'detail'])
      .where('org_id', '=', leaf)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.event)).toEqual(['CREATED', 'WORKER_HOME_SET', 'DISSOLVED']);
    const home = await h.gql(
      PROVINCE_ADMIN,
      'query($id: ID!) { organization(id: $id) { workerHome { integrated } } }',
      { id: leaf },
    );
    expect(home.data.organization.workerHome).toBeNull();
  });

  it('merges one union into another, moving its branches and their paths', async () => {
    const a = await createOrg(h, {
      name: '甲公司工会',
      kind: 'GRASSROOTS',
      regionCode: '440106',
      parentId: t.tianhe,
    });
    const b = await createOrg(h, {
      name: '乙公司工会',
      kind: 'GRASSROOTS',
      regionCode: '440106',
      parentId: t.tianhe,
    });
    const branch = await createOrg(
      h,
      { name: '甲公司一车间分会', kind: 'BRANCH', regionCode: '440106', parentId: a },
      as('ORG_ADMIN', { org: a }),
    );
    const sub = await createOrg(h, {
      name: '甲公司一车间班组分会',
      kind: 'BRANCH',
      regionCode: '440106',
      parentId: a,
    });
    const merged = await h.gql(PROVINCE_ADMIN, MERGE, { input: { sourceId: a, targetId: b } });
    expect(merged.data.mergeOrganizations).toEqual({
      movedChildren: 2,
      source: { status: 'MERGED', successor: { id: b } },
      target: { id: b },
    });
    const after = await h.gql(
      PROVINCE_ADMIN,
      'query($b: ID!) { organization(id: $b) { children { id } descendants { nodes { id ancestors { id } } } } }',
      { b },
    );
    expect(after.data.organization.children.map((c: any) => c.id).sort()).toEqual([branch, sub].sort());
    for (const node of after.data.organization.descendants.nodes) {
      expect(node.ancestors.map((x: any) => x.id)).toEqual([t.province, t.guangzhou, t.tianhe, b]);
    }
    expectError(
      await h.gql(PROVINCE_ADMIN, MERGE, { input: { sourceId: a, targetId: b } }),
      'INVALID_STATE_TRANSITION',
    );
    expectError(
      await h.gql(PROVINCE_ADMIN, MERGE, { input: { sourceId: b, targetId: t.tianhe } }),
      'BAD_USER_INPUT',
      'input.targetId',
    );
  });

  it('records workers homes and counts them in region figures', async () => {
    const result = await h.gql(as('ORG_ADMIN', { org: t.factory }), WORKER_HOME, {
      input: {
        organizationId: t.factory,
        integrated: true,
        demonstrationLevel: 'PROVINCIAL',
        rating: 5,
        certifiedOn: '2024-06-01',
      },
    });
    expect(result.data.setWorkerHome.organization.workerHome).toEqual({
      integrated: true,
      isDemonstrationSite: true,
      demonstrationLevel: 'PROVINCIAL',
      rating: 5,
    });
    expectError(
      await h.gql(PROVINCE_ADMIN, WORKER_HOME, {
        input: { organizationId: t.factory, integrated: false, rating: 6 },
      }),
      'BAD_USER_INPUT',
      'input.rating',
    );
    const stats = await h.gql(
      PROVINCE_ADMIN,
      '{ region(code: "4401") { organizationStats { total grassrootsUnions workerHomes demonstrationSites integratedWorkerHomes byKind { kind count } } } }',
    );
    expect(stats.data.region.organizationStats).toMatchObject({
      workerHomes: 1,
      demonstrationSites: 1,
      integratedWorkerHomes: 1,
    });
    const byKind = Object.fromEntries(
      stats.data.region.organizationStats.byKind.map((k: any) => [k.kind, k.count]),
    );
    expect(byKind.FEDERATION).toBe(2);
    expect(stats.data.region.organizationStats.total).toBe(
      stats.data.region.organizationStats.byKind.reduce((s: number, k: any) => s + k.count, 0),
    );
  });

  it('keeps the region counters equal to a recount after every kind of write', async () => {
    // Merging and dissolving organizations that run workers' homes, and replacing a home's flags.
    const a = await createOrg(h, {
      name: '丙公司工会',
      kind: 'GRASSROOTS',
      regionCode: '440106',
      parentId: t.tianhe,
    });
    const b = await createOrg(h, {
      name: '丁公司工会',
      kind: 'GRASSROOTS',
      regionCode: '440106',
      parentId: t.tianhe,
    });
    const c = await createOrg(h, {
      name: '戊公司工会',
      kind: 'GRASSROOTS',
      regionCode: '440106',
      parentId: t.tianhe,
    });
    await h.gql(PROVINCE_ADMIN, WORKER_HOME, {
      input: { organizationId: a, integrated: true, demonstrationLevel: 'CITY' },
    });
    await h.gql(PROVINCE_ADMIN, WORKER_HOME, { input: { organizationId: a, integrated: false } });
    await h.gql(PROVINCE_ADMIN, WORKER_HOME, {
      input: { organizationId: b, integrated: true, demonstrationLevel: 'NATIONAL' },
    });
    await h.gql(PROVINCE_ADMIN, WORKER_HOME, { input: { organizationId: c, integrated: true } });
    await h.gql(PROVINCE_ADMIN, MERGE, { input: { sourceId: a, targetId: c } });
    await h.gql(PROVINCE_ADMIN, DISSOLVE, { input: { id: b, reason: '企业搬迁' } });

    const read = () =>
      h.db
        .selectFrom('region_organization_counts')
        .selectAll()
        .where((eb) => eb.or([eb('active', '!=', 0), eb('worker_homes', '!=', 0)]))
        .orderBy('region_code')
        .orderBy('kind')
        .execute();
    const maintained = (await read()).map((r) => ({
      ...r,
      active: Number(r.active),
      worker_homes: Number(r.worker_homes),
      demonstration_sites: Number(r.demonstration_sites),
      integrated_homes: Number(r.integrated_homes),
    }));
    await rebuildCounts(h.db);
    const recounted = (await read()).map((r) => ({
      ...r,
      active: Number(r.active),
      worker_homes: Number(r.worker_homes),
      demonstration_sites: Number(r.demonstration_sites),
      integrated_homes: Number(r.integrated_homes),
    }));
    expect(maintained).toEqual(recounted);
    expect(maintained.find((r) => r.region_code === '440106' && r.kind === 'GRASSROOTS')).toMatchObject({
      worker_homes: 2,
    });
  });
});
