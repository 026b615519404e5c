import type { Insertable, Selectable, Updateable } from 'kysely';
export type OrganizationKind =
  | 'FEDERATION'
  | 'INDUSTRY_UNION'
  | 'COMMUNITY_FEDERATION'
  | 'GRASSROOTS'
  | 'BRANCH';
export type OrganizationLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'GRASSROOTS';
export type OrganizationStatus = 'ACTIVE' | 'DISSOLVED' | 'MERGED';

export interface OrganizationTable {
  id: string;
  name: string;
  kind: OrganizationKind;
  level: OrganizationLevel;
  region_code: string;
  parent_id: string | null;
  path: string;
  employer_id: string | null;
  status: OrganizationStatus;
  successor_id: string | null;
  established_on: string | null;
  dissolved_on: string | null;
  chairperson: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface OrganizationEventTable {
  id: string;
  org_id: string;
  region_code: string;
  event: string;
  actor: string;
  request_id: string;
  detail: string;
  created_at: string;
}

/*
 * Row types derived from the one table interface above (docs/architecture.md §1.1): a row as read,
 * a row to insert (and, where rows change, the columns of an update). Repositories and services
 * use these, never the bare interface (that is kysely's `Database` entry) or `Partial<…>`.
 */
export type OrganizationRow = Selectable<OrganizationTable>;
export type NewOrganization = Insertable<OrganizationTable>;
export type OrganizationUpdate = Updateable<OrganizationTable>;
/** The audit log is append-only: rows are inserted, never changed. */
export type OrganizationEventRow = Selectable<OrganizationEventTable>;
export type NewOrganizationEvent = Insertable<OrganizationEventTable>;

export interface Organization {
  id: string;
  name: string;
  kind: OrganizationKind;
  level: OrganizationLevel;
  regionCode: string;
  parentId: string | null;
  path: string;
  employerId: string | null;
  status: OrganizationStatus;
  successorId: string | null;
  establishedOn: string | null;
  dissolvedOn: string | null;
  chairperson: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function toOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    level: row.level,
    regionCode: row.region_code,
    parentId: row.parent_id,
    path: row.path,
    employerId: row.employer_id,
    status: row.status,
    successorId: row.successor_id,
    establishedOn: row.established_on,
    dissolvedOn: row.dissolved_on,
    chairperson: row.chairperson,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Ids of the ancestors, top down, read from the materialized path. */
export function ancestorIds(org: Pick<Organization, 'id' | 'path'>): string[] {
  return org.path.split('/').filter((id) => id !== '' && id !== org.id);
}
