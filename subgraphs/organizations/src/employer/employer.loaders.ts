import { existingIds, scopedLoader, type Scope } from '@union/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { findEmployersByIds } from './employer.repository';

export function createEmployerLoaders(db: Kysely<Database>, scope: Scope) {
  return {
    employer: scopedLoader({
      fetchInScope: (ids) => findEmployersByIds(db, ids, scope),
      keyOf: (e) => e.id,
      existing: (ids) => existingIds(db, 'employers', ids),
    }),
  };
}
