import { createTestDatabase, migrateDown, migrateToLatest, testDialects } from '@union/kit';
import { sql } from 'kysely';
import { migrations } from '../src/lib';

describe.each(testDialects())('migrations on %s', (dialect) => {
  it('apply, roll back every step and apply again', async () => {
    const tdb = await createTestDatabase<any>(dialect, 'services_mig');
    try {
      await migrateToLatest(tdb.db, migrations);
      for (let i = 0; i < Object.keys(migrations).length; i++) await migrateDown(tdb.db, migrations);
      await migrateToLatest(tdb.db, migrations);
      await sql`select count(*) from service_programs`.execute(tdb.db);
    } finally {
      await tdb.destroy();
    }
  });
});
