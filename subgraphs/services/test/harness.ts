import {
  createLogger,
  createTestDatabase,
  migrateToLatest,
  newId,
  type TestDialect,
  signedGql,
  testIdentity,
  type SubgraphHarness,
} from '@union/kit';
import { createServer, entitiesFacts, migrations, type Database } from '../src/lib';
import { startUpstreamStub, type StubMember, type UpstreamStub } from './upstream-stub';

export { type GqlResult, expectError, expectOk } from '@union/kit';

export const SECRET = 'test-subgraph-secret-0123456789abcdef';

export interface Harness extends SubgraphHarness<Database> {
  upstream: UpstreamStub;
}

export const as = testIdentity;

/** The services subgraph on a random port over a fresh database, with stand-in upstream subgraphs. */
export async function startHarness(dialect: TestDialect): Promise<Harness> {
  const tdb = await createTestDatabase<Database>(dialect, 'services');
  await migrateToLatest(tdb.db, migrations);
  const upstream = await startUpstreamStub(SECRET);
  const server = await createServer({
    db: tdb.db,
    subgraphSecret: SECRET,
    logger: createLogger('test', 'silent'),
    // Short TTL: tests change member facts between calls.
    facts: entitiesFacts({
      membersUrl: upstream.url,
      organizationsUrl: upstream.url,
      subgraphSecret: SECRET,
    }),
  });
  const url = await server.listen(0);
  return {
    db: tdb.db,
    queries: tdb.queries,
    url,
    upstream,
    gql: signedGql(url, SECRET),
    async close() {
      await server.close();
      await upstream.close();
      await tdb.destroy();
    },
  };
}

/** Adds a member to the stand-in members subgraph. */
export function addMember(h: Harness, facts: Omit<StubMember, 'id'> & { id?: string }): string {
  const id = facts.id ?? newId();
  h.upstream.members.set(id, { ...facts, id });
  return id;
}
