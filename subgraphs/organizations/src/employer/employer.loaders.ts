import { scopedLoader, type Scope } from '@union/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { findEmployersByIds } from './employer.repository';

export function createEmployerLoaders(db: Kysely<Database>, scope: Scope) {
  return {
    employer: scopedLoader({
      fetchInScope: (ids) => findEmployersByIds(db, ids, scope),
      keyOf: (e) => e.id,
      existing: async (ids) => {
        const rows = await db
          .selectFrom('employers')
          .select('id')
          .where('id', 'in', [...ids])
          .execute();
        return new Set(rows.map((r) => r.id));
      },
    }),
  };
}
