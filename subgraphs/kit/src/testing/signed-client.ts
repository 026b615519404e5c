import type { Kysely } from 'kysely';
import { newId } from '../ids/ids';
import { CONTEXT_HEADER, signContextToken } from '../identity/context-token';
import type { Identity, Role } from '../identity/identity';

/** A GraphQL response as a test sees it, with the HTTP status. */
export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export type SignedGql = <T = any>(
  identity: Identity | null,
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GqlResult<T>>;

/**
 * POSTs to a subgraph the way the gateway does: the identity travels in a freshly signed
 * x-union-context token (null = anonymous, still signed).
 */
export function signedGql(url: string, subgraphSecret: string): SignedGql {
  return async (identity, query, variables) => {
    const token = await signContextToken({ identity, requestId: newId() }, subgraphSecret);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: token },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
}

/** An identity of `role` for tests (claims as the gateway would forward them). */
export function testIdentity(role: Role, extra: Partial<Identity> = {}): Identity {
  return { sub: `test-${role.toLowerCase()}`, role, perms: [], ...extra };
}

/** The error with this code (and field), or a failure that shows what came back instead. */
export function expectError(result: GqlResult, code: string, field?: string) {
  const error = result.errors?.find((e) => e.extensions?.code === code);
  if (!error) throw new Error(`expected ${code}, got ${JSON.stringify(result.errors ?? result.data)}`);
  if (field !== undefined && error.extensions?.field !== field) {
    throw new Error(`expected field ${field}, got ${error.extensions?.field} (${error.message})`);
  }
  return error;
}

/** The data of a response without errors. */
export function expectOk<T = any>(result: GqlResult<T>): T {
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** A subgraph under test: its database, the statements it ran, its URL and a signed client. */
export interface SubgraphHarness<DB> {
  db: Kysely<DB>;
  /** SQL statements executed so far; clear with `queries.length = 0`. */
  queries: string[];
  url: string;
  gql: SignedGql;
  close(): Promise<void>;
}
