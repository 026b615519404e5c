import {
  createLogger,
  createTestDatabase,
  migrateToLatest,
  type TestDialect,
  signedGql,
  testIdentity,
  type SubgraphHarness,
  type GqlResult,
} from '@union/kit';
import { createServer, migrations, type Database } from '../src/lib';
import { FixtureFacts } from './fixture-facts';

export { type GqlResult, expectError } from '@union/kit';

export const SECRET = 'test-subgraph-secret-0123456789abcdef';

export interface Harness extends SubgraphHarness<Database> {
  facts: FixtureFacts;
  /** Moves the server's "today" (null: the real clock). */
  setNow(now: Date | null): void;
}

export const as = testIdentity;

/*
 * The labor-relations subgraph on a random port over a fresh, migrated database of the given
 * dialect. Facts other subgraphs own come from a fixed table (FixtureFacts); the `_entities`
 * path to the real organizations subgraph is tested in facts.test.ts and end to end.
 */
export async function startHarness(dialect: TestDialect): Promise<Harness> {
  const tdb = await createTestDatabase<Database>(dialect, 'labor');
  await migrateToLatest(tdb.db, migrations);
  const facts = new FixtureFacts();
  let now: Date | null = null;
  const server = await createServer({
    db: tdb.db,
    subgraphSecret: SECRET,
    logger: createLogger('test', 'silent'),
    facts,
    clock: () => now ?? new Date(),
  });
  const url = await server.listen(0);
  return {
    db: tdb.db,
    queries: tdb.queries,
    url,
    facts,
    setNow: (value) => {
      now = value;
    },
    gql: signedGql(url, SECRET),
    async close() {
      await server.close();
      await tdb.destroy();
    },
  };
}

/** The data of a result that must have succeeded. */
export function ok<T = any>(result: GqlResult<T>): T {
  if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors ?? result));
  return result.data;
}
