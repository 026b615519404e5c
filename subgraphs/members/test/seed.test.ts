import {
  createTestDatabase,
  migrateToLatest,
  testDialects,
  validateNationalId,
  type TestDatabase,
} from '@union/kit';
import { migrations, seedMembers, type Database } from '../src/lib';
import { PiiCipher } from '../src/pii/pii-cipher';
import { regionMemberStats } from '../src/stats/region-stats.repository';
import { PII_KEYS } from './harness';

const GRASSROOTS = Array.from({ length: 40 }, (_, i) => ({
  id: `0190a000-0000-7000-8000-${String(i).padStart(12, '0')}`,
  regionCode: ['440106001', '440106', '440305002', '441900003'][i % 4]!,
  employerId: `e${i}`,
}));

describe.each(testDialects())('members seed on %s', (dialect) => {
  let a: TestDatabase<Database>;
  let b: TestDatabase<Database>;
  beforeAll(async () => {
    a = await createTestDatabase<Database>(dialect, 'mseed_a');
    b = await createTestDatabase<Database>(dialect, 'mseed_b');
    await migrateToLatest(a.db, migrations);
    await migrateToLatest(b.db, migrations);
  });
  afterAll(async () => {
    await a.destroy();
    await b.destroy();
  });

  it('is deterministic, idempotent, valid, and seeds every state', async () => {
    const started = Date.now();
    const first = await seedMembers(a.db, { scale: 0.1, grassroots: GRASSROOTS, piiKeys: PII_KEYS });
    const elapsed = Date.now() - started;
    expect(first.created).toBe(true);
    expect(first.counts.members).toBe(2000);
    expect(elapsed).toBeLessThan(15_000);
    const second = await seedMembers(b.db, { scale: 0.1, grassroots: GRASSROOTS, piiKeys: PII_KEYS });
    expect(second.data.map((m) => m.id)).toEqual(first.data.map((m) => m.id));
    const again = await seedMembers(a.db, { scale: 0.1, grassroots: GRASSROOTS, piiKeys: PII_KEYS });
    expect(again.created).toBe(false);
    expect(again.data).toEqual([...first.data].sort((x, y) => x.id.localeCompare(y.id)));

    const migrants = first.data.filter((m) => m.isMigrantWorker).length / first.data.length;
    expect(migrants).toBeGreaterThan(0.4);
    expect(migrants).toBeLessThan(0.6);
    const pii = new PiiCipher(PII_KEYS.piiKey, PII_KEYS.piiIndexKey);
    const rows = await a.db
      .selectFrom('members')
      .select(['id_number_enc', 'region_code', 'birth_date'])
      .limit(200)
      .execute();
    for (const row of rows) {
      const facts = validateNationalId(pii.decrypt(row.id_number_enc));
      expect(facts.ok && facts.value.regionCode === row.region_code.slice(0, 6)).toBe(true);
    }
    const states = async (table: 'membership_applications' | 'member_transfers') =>
      (await a.db.selectFrom(table).select('status').distinct().execute()).map((r) => r.status).sort();
    expect(await states('membership_applications')).toEqual(['APPROVED', 'PENDING', 'REJECTED', 'WITHDRAWN']);
    expect(await states('member_transfers')).toEqual(['ACCEPTED', 'PENDING', 'REJECTED']);
    const cards = await a.db.selectFrom('members').select('card_number').distinct().execute();
    expect(cards).toHaveLength(2000);

    // Figures: counters for province, city and county, SQL over the index for towns — they agree.
    const count = async (prefix: string, good: boolean) => {
      let q = a.db
        .selectFrom('members')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('region_code', 'like', `${prefix}%`);
      if (good) q = q.where('status', 'in', ['ACTIVE', 'TRANSFERRING']);
      return Number((await q.executeTakeFirstOrThrow()).n);
    };
    const stats = await regionMemberStats(a.db, ['44', '4401', '440106', '440106001']);
    for (const code of ['44', '4401', '440106', '440106001']) {
      expect(stats.get(code)!.total).toBe(await count(code, false));
      expect(stats.get(code)!.active).toBe(await count(code, true));
      expect(stats.get(code)!.byAgeBand.reduce((n, b) => n + b.count, 0)).toBe(await count(code, true));
    }
    expect(stats.get('440106')!.byChildRegion).toEqual([
      {
        regionCode: '440106001',
        total: await count('440106001', false),
        active: await count('440106001', true),
      },
    ]);
    const pending = async (prefix: string) =>
      Number(
        (
          await a.db
            .selectFrom('membership_applications')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('region_code', 'like', `${prefix}%`)
            .where('status', '=', 'PENDING')
            .executeTakeFirstOrThrow()
        ).n,
      );
    for (const code of ['44', '440106', '440106001']) {
      expect(stats.get(code)!.pendingApplications).toBe(await pending(code));
    }
  });
});
