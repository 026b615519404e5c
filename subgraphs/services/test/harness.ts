import {
  CONTEXT_HEADER,
  createLogger,
  createTestDatabase,
  migrateToLatest,
  newId,
  signContextToken,
  type Identity,
  type Role,
  type TestDialect,
} from '@union/kit';
import type { Kysely } from 'kysely';
import { createServer, entityFacts, migrations, type Database } from '../src/lib';
import { startUpstreamStub, type StubMember, type UpstreamStub } from './upstream-stub';

export const SECRET = 'test-subgraph-secret-0123456789abcdef';

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface Harness {
  db: Kysely<Database>;
  /** SQL statements executed so far; clear with `queries.length = 0`. */
  queries: string[];
  url: string;
  upstream: UpstreamStub;
  gql<T = any>(
    identity: Identity | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export function as(role: Role, extra: Partial<Identity> = {}): Identity {
  return { sub: `test-${role.toLowerCase()}`, role, perms: [], ...extra };
}

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
    facts: entityFacts({ membersUrl: upstream.url, organizationsUrl: upstream.url, subgraphSecret: SECRET }),
  });
  const url = await server.listen(0);
  return {
    db: tdb.db,
    queries: tdb.queries,
    url,
    upstream,
    async gql(identity, query, variables) {
      const token = await signContextToken({ identity, requestId: newId() }, SECRET);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: token },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await server.close();
      await upstream.close();
      await tdb.destroy();
    },
  };
}

/** Asserts an error with a code (and field) and returns it. */
export function expectError(result: GqlResult, code: string, field?: string) {
  const error = result.errors?.find((e) => e.extensions?.code === code);
  if (!error) throw new Error(`expected ${code}, got ${JSON.stringify(result.errors ?? result.data)}`);
  if (field !== undefined && error.extensions?.field !== field) {
    throw new Error(`expected field ${field}, got ${error.extensions?.field} (${error.message})`);
  }
  return error;
}

export function expectOk<T = any>(result: GqlResult<T>): T {
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** Adds a member to the stand-in members subgraph. */
export function addMember(h: Harness, facts: Omit<StubMember, 'id'> & { id?: string }): string {
  const id = facts.id ?? newId();
  h.upstream.members.set(id, { ...facts, id });
  return id;
}
