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
import { createServer, migrations, type Database } from '../src/lib';
import { FixtureFacts } from './fixture-facts';

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
  facts: FixtureFacts;
  /** Moves the server's "today" (null: the real clock). */
  setNow(now: Date | null): void;
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
      await tdb.destroy();
    },
  };
}

/** Asserts an error with a code (and field) and returns it. */
export function expectError(result: GqlResult, code: string, field?: string) {
  const error = result.errors?.find((e) => e.extensions?.code === code);
  if (!error) throw new Error(`expected ${code}, got ${JSON.stringify(result.errors ?? result.data)}`);
  if (field !== undefined && error.extensions?.field !== field) {
    throw new Error(`expected field ${field}, got ${error.extensions?.field}`);
  }
  return error;
}

/** The data of a result that must have succeeded. */
export function ok<T = any>(result: GqlResult<T>): T {
  if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors ?? result));
  return result.data;
}
