import { scopeOf, type RequestContextBase, type Scope } from '@union/kit';
import type { Kysely } from 'kysely';
import type { Database } from './db/database';
import type { Facts } from './facts/facts';
import { createHardshipLoaders } from './hardship/hardship.loaders';
import { createMemberLoaders } from './member/member.loaders';
import { createParticipationLoaders } from './participation/participation.loaders';
import { createProgramLoaders } from './program/program.loaders';
import { createRequestLoaders } from './request/request.loaders';
import { createStatsLoaders } from './stats/stats.loaders';

/** Everything a resolver of this subgraph may use; built once per request. */
export interface Context extends RequestContextBase {
  db: Kysely<Database>;
  scope: Scope;
  facts: Facts;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(db: Kysely<Database>, scope: Scope, facts: Facts) {
  return {
    ...createProgramLoaders(db, scope),
    ...createRequestLoaders(db, scope),
    ...createHardshipLoaders(db, scope),
    ...createParticipationLoaders(db, scope),
    ...createMemberLoaders(db),
    ...createStatsLoaders(db, facts),
  };
}

export function createContext(db: Kysely<Database>, facts: Facts, base: RequestContextBase): Context {
  const scope = scopeOf(base.identity);
  return { ...base, db, scope, facts, loaders: createLoaders(db, scope, facts) };
}
