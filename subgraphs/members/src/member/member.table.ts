import type { Insertable, Selectable, Updateable } from 'kysely';
import type { AgeBand } from '@union/kit';

export type Gender = 'MALE' | 'FEMALE';
export type HukouType = 'URBAN' | 'RURAL';
export type MemberStatus = 'ACTIVE' | 'TRANSFERRING' | 'LAPSED' | 'WITHDRAWN' | 'DECEASED';
/** Members in good standing: they can apply nowhere else, and every figure except `total` counts them. */
export const IN_GOOD_STANDING = ['ACTIVE', 'TRANSFERRING'] as const satisfies readonly MemberStatus[];
export function isInGoodStanding(status: string): boolean {
  return (IN_GOOD_STANDING as readonly string[]).includes(status);
}
export type VerificationStatus = 'PENDING' | 'VERIFIED' | 'RETURNED';
export const EDUCATIONS = [
  'PRIMARY',
  'JUNIOR_SECONDARY',
  'SENIOR_SECONDARY',
  'VOCATIONAL',
  'JUNIOR_COLLEGE',
  'BACHELOR',
  'POSTGRADUATE',
] as const;
export type Education = (typeof EDUCATIONS)[number];
export const SKILL_LEVELS = [
  'NONE',
  'PRIMARY_WORKER',
  'INTERMEDIATE_WORKER',
  'SENIOR_WORKER',
  'TECHNICIAN',
  'SENIOR_TECHNICIAN',
] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];
export type ModelWorkerLevel = 'NATIONAL' | 'PROVINCIAL' | 'CITY';
export type { AgeBand };

/** One row of `members`: personal numbers only encrypted, blind-indexed and masked. */
export interface MemberTable {
  id: string;
  org_id: string;
  region_code: string;
  name: string;
  id_number_enc: string;
  id_number_index: string;
  id_number_masked: string;
  phone_enc: string | null;
  phone_index: string | null;
  phone_masked: string | null;
  gender: Gender;
  birth_date: string;
  hukou_type: HukouType;
  /** 1/0: SQLite cannot bind booleans. */
  is_migrant_worker: number;
  education: Education | null;
  occupation: string | null;
  skill_level: SkillLevel;
  model_worker_level: ModelWorkerLevel | null;
  card_number: string;
  joined_on: string;
  status: MemberStatus;
  status_reason: string | null;
  verification_status: VerificationStatus;
  verified_by: string | null;
  verified_at: string | null;
  verification_note: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/*
 * Row types derived from the one table interface above (docs/architecture.md §1.1): a row as read,
 * a row to insert (and, where rows change, the columns of an update). Repositories and services
 * use these, never the bare interface (that is kysely's `Database` entry) or `Partial<…>`.
 */
export type MemberRow = Selectable<MemberTable>;
export type NewMember = Insertable<MemberTable>;
export type MemberUpdate = Updateable<MemberTable>;

/** The camelCase shape resolvers work with (snake_case never leaves a repository). */
export interface Member {
  id: string;
  orgId: string;
  regionCode: string;
  name: string;
  idNumberEnc: string;
  idNumberMasked: string;
  phoneEnc: string | null;
  phoneMasked: string | null;
  gender: Gender;
  birthDate: string;
  hukouType: HukouType;
  isMigrantWorker: boolean;
  education: Education | null;
  occupation: string | null;
  skillLevel: SkillLevel;
  modelWorkerLevel: ModelWorkerLevel | null;
  cardNumber: string;
  joinedOn: string;
  status: MemberStatus;
  statusReason: string | null;
  verification: {
    status: VerificationStatus;
    decidedBy: string | null;
    decidedAt: string | null;
    note: string | null;
  };
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    orgId: row.org_id,
    regionCode: row.region_code,
    name: row.name,
    idNumberEnc: row.id_number_enc,
    idNumberMasked: row.id_number_masked,
    phoneEnc: row.phone_enc,
    phoneMasked: row.phone_masked,
    gender: row.gender,
    birthDate: row.birth_date,
    hukouType: row.hukou_type,
    isMigrantWorker: Number(row.is_migrant_worker) === 1,
    education: row.education,
    occupation: row.occupation,
    skillLevel: row.skill_level,
    modelWorkerLevel: row.model_worker_level,
    cardNumber: row.card_number,
    joinedOn: row.joined_on,
    status: row.status,
    statusReason: row.status_reason,
    verification: {
      status: row.verification_status,
      decidedBy: row.verified_by,
      decidedAt: row.verified_at,
      note: row.verification_note,
    },
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
