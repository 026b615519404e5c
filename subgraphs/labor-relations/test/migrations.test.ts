import { createTestDatabase, migrateDown, migrateToLatest, testDialects } from '@union/kit';
import { migrations } from '../src/lib';

describe.each(testDialects())('migrations on %s', (dialect) => {
  it('apply, roll back every step, and apply again', async () => {
    const tdb = await createTestDatabase(dialect, 'labor_migrations');
    try {
      expect(await migrateToLatest(tdb.db, migrations)).toEqual(Object.keys(migrations));
      for (let i = 0; i < Object.keys(migrations).length; i++) await migrateDown(tdb.db, migrations);
      expect(await migrateToLatest(tdb.db, migrations)).toEqual(Object.keys(migrations));
    } finally {
      await tdb.destroy();
    }
  });
});
