import type { Insertable, Selectable } from 'kysely';
import type { RegionLevel } from './region-data';

export type { RegionLevel };

export interface RegionTable {
  code: string;
  name: string;
  level: RegionLevel;
  parent_code: string | null;
}

/*
 * Row types derived from the one table interface above (docs/architecture.md §1.1): a row as read,
 * a row to insert (regions are reference data loaded by migration 0002 and never change).
 * Repositories and services use these, never the bare interface (kysely's `Database` entry).
 */
export type RegionRow = Selectable<RegionTable>;
export type NewRegion = Insertable<RegionTable>;

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export function toRegion(row: RegionRow): Region {
  return { code: row.code, name: row.name, level: row.level, parentCode: row.parent_code };
}
