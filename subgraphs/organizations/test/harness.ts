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

/**
 * The members register as this subgraph sees it in tests: member id → organization id. Tests add
 * entries to say which union a member belongs to (a MEMBER token's own `org` is never believed).
 */
export type MemberRegister = Map<string, string>;

/** The organizations subgraph on a random port over a fresh, migrated database of the given dialect. */
export async function startHarness(
  dialect: TestDialect,
  register: MemberRegister = new Map(),
): Promise<Harness> {
  const tdb = await createTestDatabase<Database>(dialect, 'organizations');
  await migrateToLatest(tdb.db, migrations);
  const server = await createServer({
    db: tdb.db,
    subgraphSecret: SECRET,
    logger: createLogger('test', 'silent'),
    memberOrganization: async (memberId) => register.get(memberId) ?? null,
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
