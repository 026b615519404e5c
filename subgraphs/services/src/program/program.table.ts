import type { Insertable, Selectable, Updateable } from 'kysely';
/** The nine service categories of the seed (docs/architecture.md §5). */
export const CATEGORIES = [
  'HARDSHIP_ASSISTANCE',
  'LEGAL_AID',
  'PSYCHOLOGICAL_COUNSELING',
  'CAREER_DEVELOPMENT',
  'CULTURE_SPORTS_HEALTH',
  'CHILD_CARE',
  'FESTIVAL_CELEBRATION',
  'LIVING_SERVICES',
  'ENVIRONMENT_SERVICES',
] as const;
export type ServiceCategory = (typeof CATEGORIES)[number];
export type ProgramMode = 'UNIVERSAL' | 'TARGETED';
export type ProgramStatus = 'DRAFT' | 'OPEN' | 'CLOSED';
export type Gender = 'MALE' | 'FEMALE';

export interface ServiceProgramTable {
  id: string;
  name: string;
  description: string | null;
  category: ServiceCategory;
  mode: ProgramMode;
  org_id: string;
  region_code: string;
  covered_region: string;
  migrant_only: number;
  hardship_only: number;
  min_age: number | null;
  max_age: number | null;
  gender: Gender | null;
  capacity: number | null;
  taken: number;
  opens_on: string | null;
  closes_on: string | null;
  status: ProgramStatus;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A service program row as read (kysely Selectable of the one table interface, docs/architecture.md §1.1). */
export type ServiceProgramRow = Selectable<ServiceProgramTable>;
/** A service program row to insert. */
export type NewServiceProgram = Insertable<ServiceProgramTable>;
/** Columns of a service program row to change. */
export type ServiceProgramUpdate = Updateable<ServiceProgramTable>;

export interface Eligibility {
  migrantOnly: boolean;
  openHardshipCaseOnly: boolean;
  minAge: number | null;
  maxAge: number | null;
  gender: Gender | null;
}

export interface ServiceProgram {
  id: string;
  name: string;
  description: string | null;
  category: ServiceCategory;
  mode: ProgramMode;
  orgId: string;
  regionCode: string;
  coveredRegion: string;
  eligibility: Eligibility;
  capacity: number | null;
  taken: number;
  opensOn: string | null;
  closesOn: string | null;
  status: ProgramStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const num = (v: number | null) => (v === null ? null : Number(v));

export function toProgram(row: ServiceProgramRow): ServiceProgram {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    category: row.category,
    mode: row.mode,
    orgId: row.org_id,
    regionCode: row.region_code,
    coveredRegion: row.covered_region,
    eligibility: {
      migrantOnly: Number(row.migrant_only) === 1,
      openHardshipCaseOnly: Number(row.hardship_only) === 1,
      minAge: num(row.min_age),
      maxAge: num(row.max_age),
      gender: row.gender,
    },
    capacity: num(row.capacity),
    taken: Number(row.taken),
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    status: row.status,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
