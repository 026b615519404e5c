import { scopeOf, type RequestContextBase, type Scope } from '@union/kit';
import type { Kysely } from 'kysely';
import type { Database } from './db/database';

/** Everything a resolver of this subgraph may use; built once per request. */
export interface Context extends RequestContextBase {
  db: Kysely<Database>;
  scope: Scope;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(_db: Kysely<Database>, _scope: Scope) {
  return {};
}

export function createContext(db: Kysely<Database>, base: RequestContextBase): Context {
  const scope = scopeOf(base.identity);
  return { ...base, db, scope, loaders: createLoaders(db, scope) };
}
