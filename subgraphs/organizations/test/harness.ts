import {
  CONTEXT_HEADER,
  createLogger,
  createTestDatabase,
  makeCreditCode,
  migrateToLatest,
  newId,
  signContextToken,
  type Identity,
  type Role,
  type TestDialect,
} from '@union/kit';
import type { Kysely } from 'kysely';
import { createServer, migrations, type Database } from '../src/lib';

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

let serial = 1;
/** A valid, unique unified social credit code for test employers. */
export function nextCreditCode(regionCode = '440106'): string {
  return makeCreditCode({ regionCode, serial: 700000 + serial++ });
}

/** Asserts a single error with a code (and field) and returns it. */
export function expectError(result: GqlResult, code: string, field?: string) {
  const error = result.errors?.find((e) => e.extensions?.code === code);
  if (!error) throw new Error(`expected ${code}, got ${JSON.stringify(result.errors ?? result.data)}`);
  if (field !== undefined && error.extensions?.field !== field) {
    throw new Error(`expected field ${field}, got ${error.extensions?.field}`);
  }
  return error;
}
