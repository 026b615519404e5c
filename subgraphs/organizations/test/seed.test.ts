import {
  createTestDatabase,
  isId,
  migrateToLatest,
  testDialects,
  validateCreditCode,
  type TestDatabase,
  type TestDialect,
} from '@union/kit';
import { migrations, type Database } from '../src/lib';
import { ALLOWED_PARENT_KINDS } from '../src/organization/organization-rules';
import { seedOrganizations, type SeedSummary } from '../src/seed';

async function freshDatabase(dialect: TestDialect): Promise<TestDatabase<Database>> {
  const t = await createTestDatabase<Database>(dialect, 'orgseed');
  await migrateToLatest(t.db, migrations);
  return t;
}

async function organizationsOf(t: TestDatabase<Database>) {
  return t.db.selectFrom('organizations').selectAll().orderBy('id').execute();
}

describe.each(testDialects())('organizations seed on %s', (dialect) => {
  let t: TestDatabase<Database>;
  let summary: SeedSummary;

  beforeAll(async () => {
    t = await freshDatabase(dialect);
    const started = Date.now();
    summary = await seedOrganizations(t.db, { scale: 1 });
    console.log(`seed scale 1 on ${dialect}: ${Date.now() - started} ms`);
  });
  afterAll(() => t.destroy());

  it('creates one federation per province, city and county of Guangdong', async () => {
    const rows = await t.db
      .selectFrom('organizations')
      .select(['level', (eb) => eb.fn.countAll<number>().as('n')])
      .where('kind', '=', 'FEDERATION')
      .groupBy('level')
      .execute();
    const byLevel = Object.fromEntries(rows.map((r) => [r.level, Number(r.n)]));
    expect(byLevel).toEqual({ PROVINCE: 1, CITY: 21, COUNTY: 124 });
    const province = await t.db
      .selectFrom('organizations')
      .select(['name', 'region_code', 'parent_id'])
      .where('level', '=', 'PROVINCE')
      .where('kind', '=', 'FEDERATION')
      .executeTakeFirstOrThrow();
    expect(province).toEqual({ name: '广东省总工会', region_code: '44', parent_id: null });
    expect(summary.created).toBe(true);
    expect(summary.counts.federations).toBe(146);
  });

  it('creates at least 2,000 grassroots unions over all 21 cities, each with a valid employer', async () => {
    const rows = await t.db
      .selectFrom('organizations')
      .leftJoin('employers', 'employers.id', 'organizations.employer_id')
      .select([
        'organizations.id',
        'organizations.region_code',
        'employers.credit_code',
        'employers.region_code as employer_region',
      ])
      .where('organizations.kind', '=', 'GRASSROOTS')
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(2000);
    const invalid = rows.filter((r) => !r.credit_code || !validateCreditCode(r.credit_code).ok);
    expect(invalid).toEqual([]);
    // The employer sits in the union's town; its code was issued by that town's county.
    expect(
      rows.filter(
        (r) => r.employer_region !== r.region_code || !r.region_code.startsWith(r.credit_code!.slice(2, 8)),
      ),
    ).toEqual([]);
    expect(new Set(rows.map((r) => r.region_code.slice(0, 4))).size).toBe(21);
    expect(summary.grassroots.length).toBeGreaterThanOrEqual(2000);
    expect(
      summary.grassroots.every((g) => isId(g.id) && isId(g.employerId) && /^44\d{7}$/.test(g.regionCode)),
    ).toBe(true);
  });

  it('keeps every organization inside its parent: region, kind rules, and a path that follows the parent chain', async () => {
    const orgs = await organizationsOf(t);
    const byId = new Map(orgs.map((o) => [o.id, o]));
    const problems: string[] = [];
    for (const o of orgs) {
      if (!isId(o.id)) problems.push(`${o.id}: not a UUIDv7`);
      const parent = o.parent_id ? byId.get(o.parent_id) : undefined;
      if (o.parent_id && !parent) problems.push(`${o.name}: missing parent`);
      if (parent && !o.region_code.startsWith(parent.region_code))
        problems.push(`${o.name}: outside its parent's region`);
      if (o.path !== `${parent?.path ?? '/'}${o.id}/`) problems.push(`${o.name}: path ${o.path}`);
      if (parent && !ALLOWED_PARENT_KINDS[o.kind].includes(parent.kind))
        problems.push(`${o.name}: under a ${parent.kind}`);
    }
    expect(problems).toEqual([]);
    const grassroots = orgs.filter((o) => o.kind === 'GRASSROOTS');
    const parentKinds = new Set(grassroots.map((o) => byId.get(o.parent_id!)!.kind));
    expect([...parentKinds].sort()).toEqual(['COMMUNITY_FEDERATION', 'FEDERATION', 'INDUSTRY_UNION']);
    expect(
      orgs.filter((o) => o.kind === 'BRANCH').every((o) => byId.get(o.parent_id!)!.kind === 'GRASSROOTS'),
    ).toBe(true);
    // createOrganization refuses two active organizations of one name under the same parent.
    const siblings = orgs.filter((o) => o.status === 'ACTIVE').map((o) => `${o.parent_id} ${o.name}`);
    expect(siblings.length - new Set(siblings).size).toBe(0);
  });

  it('includes branches, workers homes and a few ceased unions with active successors', async () => {
    const orgs = await organizationsOf(t);
    const byId = new Map(orgs.map((o) => [o.id, o]));
    const { counts } = summary;
    expect(counts.branches).toBeGreaterThan(100);
    expect(counts.workerHomes / counts.grassroots).toBeGreaterThan(0.3);
    expect(counts.workerHomes / counts.grassroots).toBeLessThan(0.5);
    expect(counts.dissolved).toBeGreaterThan(0);
    expect(counts.merged).toBeGreaterThan(0);
    for (const merged of orgs.filter((o) => o.status === 'MERGED')) {
      const successor = byId.get(merged.successor_id!);
      expect(successor?.status).toBe('ACTIVE');
      expect(merged.region_code.startsWith(successor!.region_code)).toBe(true);
    }
    expect(
      orgs.filter((o) => o.status === 'DISSOLVED').every((o) => o.dissolved_on! > o.established_on!),
    ).toBe(true);
    const homes = await t.db.selectFrom('worker_homes').selectAll().execute();
    expect(homes.every((h) => byId.get(h.org_id)?.region_code === h.region_code)).toBe(true);
    expect(homes.every((h) => h.rating === null || (Number(h.rating) >= 1 && Number(h.rating) <= 5))).toBe(
      true,
    );
    expect(homes.some((h) => Number(h.integrated) === 1)).toBe(true);
    expect(homes.some((h) => h.demonstration_level !== null)).toBe(true);
  });

  it('is a no-op when run again', async () => {
    const before = await organizationsOf(t);
    const again = await seedOrganizations(t.db, { scale: 1 });
    expect(again.created).toBe(false);
    expect(again.counts).toEqual(summary.counts);
    expect(again.grassroots).toEqual(summary.grassroots);
    expect(await organizationsOf(t)).toEqual(before);
  });

  it('is deterministic: a second fresh database gets the same ids and names', async () => {
    const other = await freshDatabase(dialect);
    try {
      await seedOrganizations(other.db, { scale: 1 });
      const pick = (rows: { id: string; name: string; parent_id: string | null }[]) =>
        rows.map((r) => `${r.id} ${r.name} ${r.parent_id}`);
      expect(pick(await organizationsOf(other))).toEqual(pick(await organizationsOf(t)));
      const employers = (x: TestDatabase<Database>) =>
        x.db.selectFrom('employers').select(['id', 'credit_code', 'name']).orderBy('id').execute();
      expect(await employers(other)).toEqual(await employers(t));
    } finally {
      await other.destroy();
    }
  });
});
