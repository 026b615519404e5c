import { existingIds, scopedLoader, type Scope } from '@union/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { findProgramsByIds } from './program.repository';

export function createProgramLoaders(db: Kysely<Database>, scope: Scope) {
  return {
    program: scopedLoader({
      fetchInScope: (ids) => findProgramsByIds(db, ids, scope),
      keyOf: (p) => p.id,
      existing: (ids) => existingIds(db, 'service_programs', ids),
    }),
  };
}
