import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { toRegion, type Region, type RegionLevel } from './region.table';

/* Regions are public reference data: no scope predicate. */

export async function findRegionsByCodes(db: Kysely<Database>, codes: readonly string[]): Promise<Region[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .selectFrom('regions')
    .selectAll()
    .where('code', 'in', [...codes])
    .execute();
  return rows.map(toRegion);
}

export async function findRegionChildren(
  db: Kysely<Database>,
  parentCodes: readonly string[],
): Promise<Region[]> {
  if (parentCodes.length === 0) return [];
  const rows = await db
    .selectFrom('regions')
    .selectAll()
    .where('parent_code', 'in', [...parentCodes])
    .orderBy('code')
    .execute();
  return rows.map(toRegion);
}

/** Regions under a parent (provinces when null), optionally of one level. */
export async function listRegions(
  db: Kysely<Database>,
  parentCode: string | null,
  level: RegionLevel | null,
): Promise<Region[]> {
  let query = db.selectFrom('regions').selectAll();
  query =
    parentCode === null
      ? query.where('parent_code', 'is', null)
      : query.where('parent_code', '=', parentCode);
  if (level) query = query.where('level', '=', level);
  return (await query.orderBy('code').execute()).map(toRegion);
}
