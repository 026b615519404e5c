import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Education, HukouType } from '../member/member.table';

export type ApplicationStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';

export interface ApplicationTable {
  id: string;
  org_id: string;
  region_code: string;
  name: string;
  id_number_enc: string;
  id_number_index: string;
  id_number_masked: string;
  phone_enc: string;
  phone_masked: string;
  hukou_type: HukouType;
  education: Education | null;
  occupation: string | null;
  employer_name: string | null;
  employer_credit_code: string | null;
  status: ApplicationStatus;
  pending_key: string | null;
  reason: string | null;
  member_id: string | null;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
  updated_at: string;
}

/*
 * Row types derived from the one table interface above (docs/architecture.md §1.1): a row as read,
 * a row to insert (and, where rows change, the columns of an update). Repositories and services
 * use these, never the bare interface (that is kysely's `Database` entry) or `Partial<…>`.
 */
export type ApplicationRow = Selectable<ApplicationTable>;
export type NewApplication = Insertable<ApplicationTable>;
export type ApplicationUpdate = Updateable<ApplicationTable>;

export interface Application {
  id: string;
  orgId: string;
  regionCode: string;
  status: ApplicationStatus;
  name: string;
  idNumberMasked: string;
  phoneMasked: string;
  hukouType: HukouType;
  employerName: string | null;
  reason: string | null;
  memberId: string | null;
  submittedAt: string;
  decidedAt: string | null;
}

export function toApplication(row: ApplicationRow): Application {
  return {
    id: row.id,
    orgId: row.org_id,
    regionCode: row.region_code,
    status: row.status,
    name: row.name,
    idNumberMasked: row.id_number_masked,
    phoneMasked: row.phone_masked,
    hukouType: row.hukou_type,
    employerName: row.employer_name,
    reason: row.reason,
    memberId: row.member_id,
    submittedAt: row.created_at,
    decidedAt: row.decided_at,
  };
}
