/*
 * The data migrations of organizations, each on rows written in the schema of its time
 * (kit migrateTo / migrateWithRows): 0002 loads the regions and its down removes them all, 0004
 * backfills the region counters that later writes maintain.
 */
import { createTestDatabase, migrateTo, migrateToLatest, migrateWithRows, testDialects } from '@union/kit';
import type { Kysely } from 'kysely';
import { migrations, seedOrganizations, type Database } from '../src/lib';

const countRegions = async (db: Kysely<any>) =>
  Number(
    (
      await db
        .selectFrom('regions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const storedCounts = async (db: Kysely<any>) =>
  (
    await db
      .selectFrom('region_organization_counts')
      .selectAll()
      .orderBy('region_code')
      .orderBy('kind')
      .execute()
  ).map((r) => ({
    ...r,
    active: Number(r.active),
    worker_homes: Number(r.worker_homes),
    demonstration_sites: Number(r.demonstration_sites),
    integrated_homes: Number(r.integrated_homes),
  }));

describe.each(testDialects())('organizations data migrations on %s', (dialect) => {
  it('0002 loads every region into an empty table, and its down removes them all', async () => {
    const t = await createTestDatabase<Database>(dialect, 'orgdata2');
    try {
      await migrateWithRows(t.db, migrations, '0002_load_regions', async (db) => {
        expect(await countRegions(db)).toBe(0);
      });
      const loaded = await countRegions(t.db);
      expect(loaded).toBeGreaterThan(40000);
      const guangdong = await t.db
        .selectFrom('regions')
        .select(['name', 'level'])
        .where('code', '=', '44')
        .executeTakeFirst();
      expect(guangdong).toEqual({ name: '广东省', level: 'PROVINCE' });
      await migrateTo(t.db, migrations, '0001_create_organizations');
      expect(await countRegions(t.db)).toBe(0);
    } finally {
      await t.destroy();
    }
  });

  it('0004 backfills the region counters to exactly what the writes maintain afterwards', async () => {
    const t = await createTestDatabase<Database>(dialect, 'orgdata4');
    try {
      await migrateToLatest(t.db, migrations);
      await seedOrganizations(t.db, { scale: 0.2 });
      const maintained = await storedCounts(t.db);
      expect(maintained.length).toBeGreaterThan(10);
      // Back to the schema before the counters, with the organizations still there; then 0004 alone.
      await migrateTo(t.db, migrations, '0003_ascii_keys_and_descendant_index');
      expect((await t.db.introspection.getTables()).map((x) => x.name)).not.toContain(
        'region_organization_counts',
      );
      await migrateTo(t.db, migrations, '0004_create_region_organization_counts');
      expect(await storedCounts(t.db)).toEqual(maintained);
    } finally {
      await t.destroy();
    }
  });
});
