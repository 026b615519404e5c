import { scopeOf, type RequestContextBase, type Scope } from '@union/kit';
import type { Kysely } from 'kysely';
import { createAppealLoaders } from './appeal/appeal.loaders';
import { createAppealPiiAudit, type AppealCipher } from './appeal/appeal-pii';
import type { AppealDeadlines } from './appeal/appeal-deadlines';
import { devAppealRuntime, type AppealRuntime } from './appeal/appeal-runtime';
import { createCongressLoaders } from './congress/congress.loaders';
import { createContractLoaders } from './contract/contract.loaders';
import type { Database } from './db/database';
import { createDisputeLoaders } from './dispute/dispute.loaders';
import type { Facts } from './facts/facts';
import { createOrganizationLoaders } from './organization/organization.loaders';
import { createRegionLoaders } from './region/region.loaders';
import { createRiskLoaders } from './risk/risk.loaders';
import { today } from './shared/dates';

/** Everything a resolver of this subgraph may use; built once per request. */
export interface Context extends RequestContextBase {
  db: Kysely<Database>;
  scope: Scope;
  facts: Facts;
  /** The date every derived status and "this year" of the request is read against (China calendar). */
  today: string;
  loaders: ReturnType<typeof createLoaders>;
  /** Appeal callers' personal data (docs/architecture.md §4). */
  pii: AppealCipher;
  /** Every full read of a caller's name or phone is audited through this. */
  appealAudit: ReturnType<typeof createAppealPiiAudit>;
  /** Days to resolve, per appeal kind. */
  appealDeadlines: AppealDeadlines;
}

function createLoaders(db: Kysely<Database>, scope: Scope, asOf: string) {
  return {
    ...createContractLoaders(db, scope, asOf),
    ...createDisputeLoaders(db, scope),
    ...createCongressLoaders(db, scope),
    ...createRiskLoaders(db, scope),
    ...createOrganizationLoaders(db, scope, asOf),
    ...createRegionLoaders(db, asOf),
    ...createAppealLoaders(db, scope, asOf),
  };
}

export function createContext(
  db: Kysely<Database>,
  facts: Facts,
  base: RequestContextBase,
  clock: () => Date = () => new Date(),
  appeals: AppealRuntime = devAppealRuntime(),
): Context {
  const scope = scopeOf(base.identity);
  const asOf = today(clock());
  return {
    ...base,
    db,
    scope,
    facts,
    today: asOf,
    loaders: createLoaders(db, scope, asOf),
    pii: appeals.cipher,
    appealAudit: createAppealPiiAudit(db, {
      actor: base.identity?.sub ?? 'anonymous',
      role: base.identity?.role ?? 'NONE',
      requestId: base.requestId,
    }),
    appealDeadlines: appeals.deadlines,
  };
}
