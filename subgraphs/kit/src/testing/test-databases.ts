import { randomBytes } from 'node:crypto';
import type { Kysely, LogEvent } from 'kysely';
import { createDatabase, dropMysqlDatabase } from '../db/create-database';
import { resolveDatabaseTarget, type DatabaseTarget } from '../db/database-url';

export interface TestDatabase<DB> {
  db: Kysely<DB>;
  target: DatabaseTarget;
  /** Statements executed since the last reset (for N+1 tests). */
  queries: string[];
  destroy(): Promise<void>;
}

export type TestDialect = 'sqlite' | 'mysql';

/** The dialects this run tests: SQLite always, MySQL when TEST_MYSQL_URL is set. */
export function testDialects(): TestDialect[] {
  return process.env.TEST_MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];
}

/** A fresh, empty database of the given dialect; MySQL ones get a unique name and are dropped afterwards. */
export async function createTestDatabase<DB>(
  dialect: TestDialect,
  label = 'test',
): Promise<TestDatabase<DB>> {
  const queries: string[] = [];
  const onQuery = (e: LogEvent) => {
    if (e.level === 'query') queries.push(e.query.sql);
  };
  const target: DatabaseTarget =
    dialect === 'sqlite'
      ? { dialect: 'sqlite', file: ':memory:' }
      : resolveDatabaseTarget(
          `${process.env.TEST_MYSQL_URL!.replace(/\/+$/, '')}/union_${label}_${randomBytes(5).toString('hex')}`,
          label,
        );
  const db = await createDatabase<DB>(target, { onQuery, poolSize: 5 });
  return {
    db,
    target,
    queries,
    async destroy() {
      await db.destroy();
      if (target.dialect === 'mysql') await dropMysqlDatabase(target);
    },
  };
}
