import type { EmployerTable } from '../employer/employer.table';
import type { OrganizationEventTable, OrganizationTable } from '../organization/organization.table';
import type { RegionTable } from '../region/region.table';
import type { RegionOrganizationCountTable } from '../stats/organization-counts.table';
import type { WorkerHomeTable } from '../worker-home/worker-home.table';

/** Table name → row type of the organizations database (union_organizations). */
export interface Database {
  regions: RegionTable;
  employers: EmployerTable;
  organizations: OrganizationTable;
  worker_homes: WorkerHomeTable;
  organization_events: OrganizationEventTable;
  region_organization_counts: RegionOrganizationCountTable;
}
