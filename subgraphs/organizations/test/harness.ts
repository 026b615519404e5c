import {
  createLogger,
  createTestDatabase,
  makeCreditCode,
  migrateToLatest,
  type TestDialect,
  signedGql,
  testIdentity,
  type SubgraphHarness,
} from '@union/kit';
import { createServer, migrations, type Database } from '../src/lib';

export { type GqlResult, expectError } from '@union/kit';

export const SECRET = 'test-subgraph-secret-0123456789abcdef';

export type Harness = SubgraphHarness<Database>;

export const as = testIdentity;

/** The organizations subgraph on a random port over a fresh, migrated database of the given dialect. */
export async function startHarness(dialect: TestDialect): Promise<Harness> {
  const tdb = await createTestDatabase<Database>(dialect, 'organizations');
  await migrateToLatest(tdb.db, migrations);
  const server = await createServer({
    db: tdb.db,
    subgraphSecret: SECRET,
    logger: createLogger('test', 'silent'),
  });
  const url = await server.listen(0);
  return {
    db: tdb.db,
    queries: tdb.queries,
    url,
    gql: signedGql(url, SECRET),
    async close() {
      await server.close();
      await tdb.destroy();
    },
  };
}

let serial = 1;
/** A valid, unique unified social credit code for test employers. */
export function nextCreditCode(regionCode = '440106'): string {
  return makeCreditCode({ regionCode, serial: 700000 + serial++ });
}
