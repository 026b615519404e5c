import { scopeOf, type RequestContextBase, type Scope } from '@union/kit';
import type { Kysely } from 'kysely';
import { createPiiAuditWriter } from './audit/pii-access.repository';
import { createApplicationLoaders } from './application/application.loaders';
import type { Database } from './db/database';
import { createHistoryLoaders } from './history/history.loaders';
import { createMemberLoaders } from './member/member.loaders';
import { createOrganizationLoaders } from './organization/organization.loaders';
import { createMemberStatsLoaders } from './stats/member-stats.loaders';
import { createTransferLoaders } from './transfer/transfer.loaders';
import type { OrganizationDirectory } from './organization/organization-directory';
import type { PiiCipher } from './pii/pii-cipher';

/** What every request of this subgraph shares: the database, the PII cipher, the organizations' owner. */
export interface MembersDeps {
  db: Kysely<Database>;
  pii: PiiCipher;
  organizations: OrganizationDirectory;
}

/** Everything a resolver of this subgraph may use; built once per request. */
export interface Context extends RequestContextBase, MembersDeps {
  scope: Scope;
  loaders: ReturnType<typeof createLoaders>;
  audit: ReturnType<typeof createPiiAuditWriter>;
}

function createLoaders(db: Kysely<Database>, scope: Scope) {
  return {
    ...createMemberLoaders(db, scope),
    ...createHistoryLoaders(db),
    ...createApplicationLoaders(db, scope),
    ...createTransferLoaders(db, scope),
    ...createOrganizationLoaders(db),
    ...createMemberStatsLoaders(db, scope),
  };
}

export function createContext(deps: MembersDeps, base: RequestContextBase): Context {
  const scope = scopeOf(base.identity);
  return {
    ...base,
    ...deps,
    scope,
    loaders: createLoaders(deps.db, scope),
    audit: createPiiAuditWriter(deps.db, {
      actor: base.identity?.sub ?? 'anonymous',
      role: base.identity?.role ?? 'ANONYMOUS',
      requestId: base.requestId,
    }),
  };
}
