import type { Insertable, Selectable } from 'kysely';
import type { ServiceCategory } from '../program/program.table';

export type RequestStatus = 'SUBMITTED' | 'ACCEPTED' | 'IN_PROGRESS' | 'COMPLETED' | 'REJECTED' | 'CANCELLED';

export interface ServiceRequestTable {
  id: string;
  program_id: string;
  category: ServiceCategory;
  provider_org_id: string;
  member_id: string;
  org_id: string;
  region_code: string;
  status: RequestStatus;
  /** 1 while the request holds a place (not REJECTED/CANCELLED), NULL after: unique with program and member. */
  live_marker: number | null;
  note: string | null;
  reason: string | null;
  rating: number | null;
  rating_comment: string | null;
  rated_at: string | null;
  submitted_by: string;
  submitted_at: string;
  completed_at: string | null;
  version: number;
  updated_at: string;
}

/** A service request row as read (kysely Selectable of the one table interface, docs/architecture.md §1.1). */
export type ServiceRequestRow = Selectable<ServiceRequestTable>;
/** A service request row to insert. */
export type NewServiceRequest = Insertable<ServiceRequestTable>;

export interface ServiceRequest {
  id: string;
  programId: string;
  category: ServiceCategory;
  providerOrgId: string;
  memberId: string;
  orgId: string;
  regionCode: string;
  status: RequestStatus;
  note: string | null;
  reason: string | null;
  rating: number | null;
  ratingComment: string | null;
  ratedAt: string | null;
  submittedAt: string;
  completedAt: string | null;
  version: number;
  updatedAt: string;
}

export function toRequest(row: ServiceRequestRow): ServiceRequest {
  return {
    id: row.id,
    programId: row.program_id,
    category: row.category,
    providerOrgId: row.provider_org_id,
    memberId: row.member_id,
    orgId: row.org_id,
    regionCode: row.region_code,
    status: row.status,
    note: row.note,
    reason: row.reason,
    rating: row.rating === null ? null : Number(row.rating),
    ratingComment: row.rating_comment,
    ratedAt: row.rated_at,
    submittedAt: row.submitted_at,
    completedAt: row.completed_at,
    version: Number(row.version),
    updatedAt: row.updated_at,
  };
}
