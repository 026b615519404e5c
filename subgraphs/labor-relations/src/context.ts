import { scopeOf, type RequestContextBase, type Scope } from '@union/kit';
import type { Kysely } from 'kysely';
import { createContractLoaders } from './contract/contract.loaders';
import type { Database } from './db/database';
import { createDisputeLoaders } from './dispute/dispute.loaders';
import type { Facts } from './facts/facts';
import { createOrganizationLoaders } from './organization/organization.loaders';
import { createRegionLoaders } from './region/region.loaders';
import { today } from './shared/dates';

/** Everything a resolver of this subgraph may use; built once per request. */
export interface Context extends RequestContextBase {
  db: Kysely<Database>;
  scope: Scope;
  facts: Facts;
  /** The date every derived status and "this year" of the request is read against (China calendar). */
  today: string;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(db: Kysely<Database>, scope: Scope, asOf: string) {
  return {
    ...createContractLoaders(db, scope, asOf),
    ...createDisputeLoaders(db, scope),
    ...createOrganizationLoaders(db, scope, asOf),
    ...createRegionLoaders(db, asOf),
  };
}

export function createContext(
  db: Kysely<Database>,
  facts: Facts,
  base: RequestContextBase,
  clock: () => Date = () => new Date(),
): Context {
  const scope = scopeOf(base.identity);
  const asOf = today(clock());
  return { ...base, db, scope, facts, today: asOf, loaders: createLoaders(db, scope, asOf) };
}
