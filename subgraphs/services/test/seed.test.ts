import {
  createTestDatabase,
  makeNationalId,
  migrateToLatest,
  newId,
  testDialects,
  validateNationalId,
} from '@union/kit';
import { migrations, seedServices, type Database } from '../src/lib';
import type { SeedMember } from '../src/seed';

/** Upstream hand-overs shaped like the organizations and members seeds'. */
function upstream(unions: number, perUnion: number) {
  const grassroots = Array.from({ length: unions }, (_, i) => ({
    id: newId(),
    regionCode: i % 2 ? '440106' : '440305',
    employerId: newId(),
  }));
  const members: SeedMember[] = [];
  grassroots.forEach((g, i) => {
    for (let k = 0; k < perUnion; k++) {
      const birthDate = `${1965 + ((i * 7 + k) % 40)}-0${1 + (k % 9)}-15`;
      const facts = validateNationalId(
        makeNationalId({ regionCode: '440106', birthDate, sequence: String(100 + k).slice(-3) }),
      );
      members.push({
        id: newId(),
        orgId: g.id,
        regionCode: g.regionCode,
        isMigrantWorker: k % 3 !== 0,
        gender: facts.ok ? facts.value.gender : 'MALE',
        birthDate,
      });
    }
  });
  return { grassroots, members };
}

describe.each(testDialects())('seed on %s', (dialect) => {
  it('writes programs in every category, requests in every state, cases with grants; idempotent', async () => {
    const tdb = await createTestDatabase<Database>(dialect, 'services_seed');
    try {
      await migrateToLatest(tdb.db, migrations);
      const { grassroots, members } = upstream(40, 30);
      const started = Date.now();
      const first = await seedServices(tdb.db, {
        scale: 0.1,
        grassroots,
        members,
        today: new Date('2026-11-01T00:00:00Z'),
      });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(first.created).toBe(true);
      expect(first.counts.programs).toBe(80);
      expect(first.counts.requests).toBeGreaterThan(100);
      expect(first.counts.hardshipCases).toBeGreaterThan(10);
      expect(first.counts.grants).toBeGreaterThanOrEqual(first.counts.hardshipCases);
      const categories = await tdb.db.selectFrom('service_programs').select('category').distinct().execute();
      expect(categories).toHaveLength(9);
      const states = await tdb.db.selectFrom('service_requests').select('status').distinct().execute();
      expect(states.map((s) => s.status).sort()).toEqual([
        'ACCEPTED',
        'CANCELLED',
        'COMPLETED',
        'IN_PROGRESS',
        'REJECTED',
        'SUBMITTED',
      ]);
      expect(first.data.length).toBeGreaterThan(0);
      expect(first.data[0]).toEqual({
        id: expect.any(String),
        memberId: expect.any(String),
        orgId: expect.any(String),
        regionCode: expect.stringMatching(/^44/),
      });
      // Capacity holds in the seed too, and completed requests are participations.
      const over = await tdb.db
        .selectFrom('service_programs')
        .select('id')
        .where('capacity', 'is not', null)
        .whereRef('taken', '>', 'capacity')
        .execute();
      expect(over).toEqual([]);
      const again = await seedServices(tdb.db, { scale: 0.1, grassroots, members });
      expect(again.created).toBe(false);
      expect(again.counts).toEqual(first.counts);
      expect(again.data).toEqual(first.data);
    } finally {
      await tdb.destroy();
    }
  });

  it('is deterministic: the same hand-over gives the same ids', async () => {
    const { grassroots, members } = upstream(5, 10);
    const runs: string[][] = [];
    for (let i = 0; i < 2; i++) {
      const tdb = await createTestDatabase<Database>('sqlite', 'services_seed');
      await migrateToLatest(tdb.db, migrations);
      const today = new Date('2026-11-01T00:00:00Z');
      await seedServices(tdb.db, { scale: 0.1, grassroots, members, today });
      runs.push(
        (await tdb.db.selectFrom('service_requests').select('id').orderBy('id').execute()).map((r) => r.id),
      );
      await tdb.destroy();
    }
    expect(runs[1]).toEqual(runs[0]);
  });
});
