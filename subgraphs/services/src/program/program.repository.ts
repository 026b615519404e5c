import { likePrefix, paginateById, type Connection, type PageArgs, type Scope } from '@union/kit';
import type { Kysely } from 'kysely';
import { programScope } from './program-scope';
import type { Database } from '../db/database';
import {
  toProgram,
  type ProgramMode,
  type ProgramStatus,
  type ServiceCategory,
  type ServiceProgram,
} from './program.table';

export interface ProgramFilter {
  regionPrefix?: string | null;
  organizationId?: string | null;
  category?: ServiceCategory | null;
  mode?: ProgramMode | null;
  status?: ProgramStatus | null;
}

export async function findProgramsByIds(
  db: Kysely<Database>,
  ids: readonly string[],
  scope: Scope,
): Promise<ServiceProgram[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('service_programs')
    .selectAll()
    .where('id', 'in', [...ids])
    .where(programScope(scope))
    .execute();
  return rows.map(toProgram);
}

/** A page of programs inside the caller's scope. */
export function pagePrograms(
  db: Kysely<Database>,
  options: { scope: Scope; filter?: ProgramFilter | null; args: PageArgs },
): Promise<Connection<ServiceProgram>> {
  const filtered = () => {
    let q = db.selectFrom('service_programs').where(programScope(options.scope));
    const f = options.filter ?? {};
    if (f.regionPrefix) {
      const prefix = f.regionPrefix;
      q = q.where((eb) => likePrefix(eb, 'service_programs.region_code', prefix));
    }
    if (f.organizationId) q = q.where('org_id', '=', f.organizationId);
    if (f.category) q = q.where('category', '=', f.category);
    if (f.mode) q = q.where('mode', '=', f.mode);
    if (f.status) q = q.where('status', '=', f.status);
    return q;
  };
  return paginateById(filtered, options.args, toProgram);
}

/** Every prefix of a region code at the GB/T 2260 boundaries ('440106' → 44, 4401, 440106). */
export function regionPrefixes(code: string): string[] {
  return [2, 4, 6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n));
}

/*
 * Open TARGETED programs covering any of these regions, in one statement whatever the number of
 * members asking (served by service_programs_covered_idx: covered_region IN (…), status, mode).
 */
export async function findOpenTargetedCovering(
  db: Kysely<Database>,
  regionCodes: readonly string[],
): Promise<ServiceProgram[]> {
  const prefixes = [...new Set(regionCodes.flatMap(regionPrefixes))];
  if (prefixes.length === 0) return [];
  const rows = await db
    .selectFrom('service_programs')
    .selectAll()
    .where('covered_region', 'in', prefixes)
    .where('status', '=', 'OPEN')
    .where('mode', '=', 'TARGETED')
    .orderBy('id')
    .execute();
  return rows.map(toProgram);
}
