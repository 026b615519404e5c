import { sql, type Kysely, type Migration } from 'kysely';
import {
  createTestDatabase,
  migrateDown,
  migrateTo,
  migrateToLatest,
  migrateWithRows,
  migrationRoundTrip,
  testDialects,
  type TestDatabase,
} from '../src';

/** Records the order in which migrations ran, across up and down. */
function recorder() {
  const log: string[] = [];
  const table = (name: string, after?: (db: Kysely<any>) => Promise<void>): Migration => ({
    async up(db) {
      log.push(`up ${name}`);
      await db.schema
        .createTable(name)
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .execute();
      await after?.(db);
    },
    async down(db) {
      log.push(`down ${name}`);
      await db.schema.dropTable(name).execute();
    },
  });
  return { log, table };
}

describe.each(testDialects())('migrations on %s', (dialect) => {
  let t: TestDatabase<any>;
  beforeEach(async () => {
    t = await createTestDatabase<any>(dialect, 'migrate');
  });
  afterEach(() => t.destroy());

  const applied = async () =>
    (await t.db.selectFrom('kysely_migration').select('name').orderBy('name').execute()).map((r) => r.name);
  const tables = async () =>
    (await t.db.introspection.getTables())
      .map((x) => x.name)
      .filter((n) => !n.startsWith('kysely_'))
      .sort();

  it('applies a static map in name order and is idempotent', async () => {
    const { log, table } = recorder();
    // Object key order is deliberately not name order: the names decide.
    const migrations = {
      '0002_create_b': table('b'),
      '0001_create_a': table('a', async (db) => {
        await db.insertInto('a').values({ id: 'seed' }).execute();
      }),
      '0003_create_c': table('c'),
    };
    await expect(migrateToLatest(t.db, migrations)).resolves.toEqual([
      '0001_create_a',
      '0002_create_b',
      '0003_create_c',
    ]);
    expect(log).toEqual(['up a', 'up b', 'up c']);
    expect(await tables()).toEqual(['a', 'b', 'c']);
    expect(await t.db.selectFrom('a').select('id').execute()).toEqual([{ id: 'seed' }]);

    await expect(migrateToLatest(t.db, migrations)).resolves.toEqual([]);
    expect(log).toHaveLength(3);
    expect(await applied()).toEqual(['0001_create_a', '0002_create_b', '0003_create_c']);
  });

  it('applies only the migrations added since the last run', async () => {
    const { log, table } = recorder();
    await migrateToLatest(t.db, { '0001_create_a': table('a') });
    await expect(
      migrateToLatest(t.db, { '0001_create_a': table('a'), '0002_create_b': table('b') }),
    ).resolves.toEqual(['0002_create_b']);
    expect(log).toEqual(['up a', 'up b']);
  });

  it('names the failing migration, keeps earlier runs applied, and converges once fixed', async () => {
    const { table } = recorder();
    const first = { '0001_create_a': table('a'), '0002_create_b': table('b') };
    await migrateToLatest(t.db, first);

    const broken = {
      ...first,
      '0003_create_c': table('c'),
      '0004_break': table('d', async (db) => {
        await sql`insert into no_such_table values (1)`.execute(db);
      }),
    };
    await expect(migrateToLatest(t.db, broken)).rejects.toThrow(
      /^Migration 0004_break failed: .*no_such_table/,
    );
    const afterFailure = await applied();
    // Neither adapter runs migrations in a transaction: 0003 stays applied on both dialects.
    expect(afterFailure).toEqual(['0001_create_a', '0002_create_b', '0003_create_c']);
    // ...and so does whatever DDL the failing migration ran before it failed (operators clean up by hand).
    expect(await tables()).toEqual(['a', 'b', 'c', 'd']);
    await sql`drop table d`.execute(t.db);

    const fixed = { ...broken, '0004_break': table('d') };
    await migrateToLatest(t.db, fixed);
    expect(await applied()).toEqual(['0001_create_a', '0002_create_b', '0003_create_c', '0004_break']);
    expect(await tables()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('migrateDown rolls back the most recent migration only, one step at a time', async () => {
    const { log, table } = recorder();
    const migrations = { '0001_create_a': table('a'), '0002_create_b': table('b') };
    await migrateToLatest(t.db, migrations);

    await migrateDown(t.db, migrations);
    expect(await tables()).toEqual(['a']);
    expect(await applied()).toEqual(['0001_create_a']);

    await migrateDown(t.db, migrations);
    expect(await tables()).toEqual([]);
    expect(await applied()).toEqual([]);
    expect(log).toEqual(['up a', 'up b', 'down b', 'down a']);

    await migrateToLatest(t.db, migrations);
    expect(await tables()).toEqual(['a', 'b']);
  });

  it('migrateDown surfaces a failing down', async () => {
    const { table } = recorder();
    const migrations = {
      '0001_create_a': {
        ...table('a'),
        async down() {
          throw new Error('cannot drop a');
        },
      },
    };
    await migrateToLatest(t.db, migrations);
    await expect(migrateDown(t.db, migrations)).rejects.toThrow('cannot drop a');
    expect(await applied()).toEqual(['0001_create_a']);
  });

  it('migrateTo goes up or down to a named migration, and null rolls everything back', async () => {
    const { log, table } = recorder();
    const migrations = {
      '0001_create_a': table('a'),
      '0002_create_b': table('b'),
      '0003_create_c': table('c'),
    };
    expect(await migrateTo(t.db, migrations, '0002_create_b')).toEqual(['0001_create_a', '0002_create_b']);
    expect(await tables()).toEqual(['a', 'b']);
    expect(await migrateTo(t.db, migrations, '0003_create_c')).toEqual(['0003_create_c']);
    expect(await migrateTo(t.db, migrations, '0001_create_a')).toEqual(['0003_create_c', '0002_create_b']);
    expect(await applied()).toEqual(['0001_create_a']);
    await migrateTo(t.db, migrations, null);
    expect(await tables()).toEqual([]);
    expect(log).toEqual(['up a', 'up b', 'up c', 'down c', 'down b', 'down a']);
    await expect(migrateTo(t.db, migrations, '0009_missing')).rejects.toThrow(
      'No migration named 0009_missing',
    );
  });

  it('migrateWithRows seeds rows in the schema before a data migration, then applies it alone', async () => {
    const { table } = recorder();
    const migrations: Record<string, Migration> = {
      '0001_create_a': table('a'),
      '0002_copy_a_to_b': table('b', async (db) => {
        await db.insertInto('b').columns(['id']).expression(db.selectFrom('a').select('id')).execute();
      }),
      '0003_create_c': table('c'),
    };
    await migrateWithRows(t.db, migrations, '0002_copy_a_to_b', async (db) => {
      expect(await tables()).toEqual(['a']);
      await db
        .insertInto('a')
        .values([{ id: 'x' }, { id: 'y' }])
        .execute();
    });
    expect(await applied()).toEqual(['0001_create_a', '0002_copy_a_to_b']);
    const copied = await t.db.selectFrom('b').select('id').orderBy('id').execute();
    expect(copied.map((r) => r.id)).toEqual(['x', 'y']);
  });

  it('migrationRoundTrip runs up all, down all, up all and reports what a down left behind', async () => {
    const { log, table } = recorder();
    const leaky: Migration = { ...table('b'), async down() {} };
    expect(await migrationRoundTrip(t.db, { '0001_create_a': table('a') })).toEqual({ leftAfterDown: [] });
    expect(log).toEqual(['up a', 'down a', 'up a']);
    await migrateTo(t.db, { '0001_create_a': table('a') }, null);
    await expect(
      migrationRoundTrip(t.db, { '0001_create_a': table('a'), '0002_create_b': leaky }),
    ).rejects.toThrow(/0002_create_b failed/);
  });
});
