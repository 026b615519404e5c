import { createTestDatabase, migrateToLatest, testDialects, type Scope, type TestDatabase } from '@union/kit';
import { createOrganizationLoaders } from '../src/organization/organization.loaders';
import {
  findChildOrganizations,
  findOrganizationsByIds,
  pageOrganizations,
} from '../src/organization/organization.repository';
import { organizationStatsForRegions } from '../src/stats/organization-stats.repository';
import { migrations, seedOrganizations, type Database } from '../src/lib';

/* Repositories and loaders straight on the seeded database of each dialect (no server in between). */
describe.each(testDialects())('organizations repository on %s', (dialect) => {
  let t: TestDatabase<Database>;
  const all: Scope = { kind: 'ALL' };
  beforeAll(async () => {
    t = await createTestDatabase<Database>(dialect, 'orgrepo');
    await migrateToLatest(t.db, migrations);
    await seedOrganizations(t.db, { scale: 0.2 });
  });
  afterAll(() => t.destroy());

  async function someIds(prefix: string, n: number): Promise<string[]> {
    const rows = await t.db
      .selectFrom('organizations')
      .select('id')
      .where('region_code', 'like', `${prefix}%`)
      .orderBy('id')
      .limit(n)
      .execute();
    return rows.map((r) => r.id);
  }

  it('reads by ids only inside the scope', async () => {
    const gz = await someIds('4401', 5);
    const sz = await someIds('4403', 5);
    const found = await findOrganizationsByIds(t.db, [...gz, ...sz], { kind: 'REGION', prefix: '4401' });
    expect(found.map((o) => o.id).sort()).toEqual([...gz].sort());
    expect(await findOrganizationsByIds(t.db, gz, { kind: 'ORG', orgId: gz[0]! })).toHaveLength(1);
    expect(await findOrganizationsByIds(t.db, gz, { kind: 'NONE' })).toEqual([]);
    expect(await findOrganizationsByIds(t.db, [], all)).toEqual([]);
  });

  it('finds children of many parents in one statement, scoped', async () => {
    const province = await t.db
      .selectFrom('organizations')
      .select('id')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    const cities = await findChildOrganizations(t.db, [province.id], all);
    expect(cities.filter((c) => c.kind === 'FEDERATION')).toHaveLength(21);
    t.queries.length = 0;
    const grandchildren = await findChildOrganizations(
      t.db,
      cities.map((c) => c.id),
      { kind: 'REGION', prefix: '4401' },
    );
    expect(t.queries).toHaveLength(1);
    expect(grandchildren.length).toBeGreaterThan(0);
    expect(grandchildren.every((o) => o.regionCode.startsWith('4401'))).toBe(true);
  });

  it('pages with filters combined with the scope', async () => {
    const page = await pageOrganizations(t.db, {
      scope: { kind: 'REGION', prefix: '44' },
      filter: { regionPrefix: '4403', kind: 'GRASSROOTS', status: 'ACTIVE' },
      args: { first: 10 },
    });
    expect(page.nodes).toHaveLength(10);
    expect(
      page.nodes.every(
        (o) => o.regionCode.startsWith('4403') && o.kind === 'GRASSROOTS' && o.status === 'ACTIVE',
      ),
    ).toBe(true);
    const total = await page.totalCount();
    const direct = await t.db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('region_code', 'like', '4403%')
      .where('kind', '=', 'GRASSROOTS')
      .where('status', '=', 'ACTIVE')
      .executeTakeFirstOrThrow();
    expect(total).toBe(Number(direct.n));
  });

  it('counts region figures for regions of different levels in one statement', async () => {
    t.queries.length = 0;
    const stats = await organizationStatsForRegions(t.db, ['44', '4401', '4403', '440106']);
    expect(t.queries).toHaveLength(1); // over the maintained counters
    const active = await t.db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'ACTIVE')
      .executeTakeFirstOrThrow();
    const homes = await t.db
      .selectFrom('worker_homes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const province = stats.get('44')!;
    const sum = (code: string) => stats.get(code)!.total;
    expect(province.byKind.find((k) => k.kind === 'FEDERATION')?.count).toBe(1 + 21 + 124);
    expect(province.total).toBe(Number(active.n));
    expect(province.workerHomes).toBe(Number(homes.n));
    expect(sum('4401') + sum('4403')).toBeLessThan(sum('44'));
    expect(sum('440106')).toBeLessThanOrEqual(sum('4401'));
    // The same figures asked one region at a time agree with the combined answer.
    for (const code of ['44', '4401', '440106']) {
      expect((await organizationStatsForRegions(t.db, [code])).get(code)).toEqual(stats.get(code));
    }
    expect(province.workerHomes).toBeGreaterThan(0);
    expect(province.demonstrationSites).toBeLessThanOrEqual(province.workerHomes);
  });

  it('loads many organizations in one batch and tells FORBIDDEN from missing', async () => {
    const gz = await someIds('4401', 20);
    const sz = await someIds('4403', 3);
    const loaders = createOrganizationLoaders(t.db, { kind: 'REGION', prefix: '4401' });
    t.queries.length = 0;
    const lookups = await Promise.all(
      [...gz, ...sz, '01900000-0000-7000-8000-000000000000'].map((id) => loaders.organization.load(id)),
    );
    // one scoped read + one existence check for the misses
    expect(t.queries).toHaveLength(2);
    expect(lookups.slice(0, 20).every((l) => l !== null && 'found' in l)).toBe(true);
    expect(lookups.slice(20, 23)).toEqual([{ forbidden: true }, { forbidden: true }, { forbidden: true }]);
    expect(lookups[23]).toBeNull();
  });
});
