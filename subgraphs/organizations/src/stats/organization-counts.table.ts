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

export type CountDelta = Partial<
  Pick<RegionOrganizationCountTable, 'active' | 'worker_homes' | 'demonstration_sites' | 'integrated_homes'>
>;
