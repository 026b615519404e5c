import type { Insertable, Selectable } from 'kysely';
import type { OrganizationKind } from '../organization/organization.table';

/** Maintained counters of ACTIVE organizations and their workers' homes per exact region code and kind. */
export interface RegionOrganizationCountTable {
  region_code: string;
  kind: OrganizationKind;
  active: number;
  worker_homes: number;
  demonstration_sites: number;
  integrated_homes: number;
}

/*
 * Row types derived from the one table interface above (docs/architecture.md §1.1): a row as read,
 * a row to insert (counters change only by the increments of adjustCounts). Repositories and services
 * use these, never the bare interface (that is kysely's `Database` entry) or `Partial<…>`.
 */
export type RegionOrganizationCountRow = Selectable<RegionOrganizationCountTable>;
export type NewRegionOrganizationCount = Insertable<RegionOrganizationCountTable>;

export type CountDelta = Partial<
  Pick<RegionOrganizationCountRow, 'active' | 'worker_homes' | 'demonstration_sites' | 'integrated_homes'>
>;
