import { createTestDatabase, migrateDown, migrateToLatest, testDialects } from '@union/kit';
import { migrations, type Database } from '../src/lib';

describe.each(testDialects())('organizations migrations on %s', (dialect) => {
  it('apply, roll back completely, and apply again', async () => {
    const t = await createTestDatabase<Database>(dialect, 'orgmig');
    try {
      const applied = await migrateToLatest(t.db, migrations);
      expect(applied).toEqual(Object.keys(migrations));
      const regions = await t.db
        .selectFrom('regions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(regions.n)).toBeGreaterThan(40000);
      for (let i = 0; i < Object.keys(migrations).length; i++) await migrateDown(t.db, migrations);
      const tables = (await t.db.introspection.getTables()).map((x) => x.name);
      expect(tables.filter((n) => !n.startsWith('kysely_'))).toEqual([]);
      expect(await migrateToLatest(t.db, migrations)).toEqual(Object.keys(migrations));
      expect(await migrateToLatest(t.db, migrations)).toEqual([]);
    } finally {
      await t.destroy();
    }
  });
});
