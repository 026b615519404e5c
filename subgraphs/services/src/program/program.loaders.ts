import { existingIds, scopedLoader, unwrapLookup, type Lookup, type Scope } from '@union/kit';
import type DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { findProgramsByIds } from './program.repository';
import type { ServiceProgram } from './program.table';

export function createProgramLoaders(db: Kysely<Database>, scope: Scope) {
  return {
    program: scopedLoader({
      fetchInScope: (ids) => findProgramsByIds(db, ids, scope),
      keyOf: (p) => p.id,
      existing: (ids) => existingIds(db, 'service_programs', ids),
    }),
  };
}

/** A program by id through the scoped loader: null when missing, FORBIDDEN outside the caller's scope. */
export async function programOrForbidden(
  loaders: { program: DataLoader<string, Lookup<ServiceProgram>> },
  id: string,
): Promise<ServiceProgram | null> {
  return unwrapLookup(await loaders.program.load(id));
}
