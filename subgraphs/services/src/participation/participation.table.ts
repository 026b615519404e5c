import type { Insertable, Selectable } from 'kysely';
import type { ServiceCategory } from '../program/program.table';

export type ParticipationSource = 'CHECK_IN' | 'REQUEST';

export interface ParticipationTable {
  id: string;
  member_id: string;
  org_id: string;
  region_code: string;
  program_id: string;
  category: ServiceCategory;
  /** `<programId>:<date>` for a check-in, `request:<requestId>` for a completed request. */
  activity_key: string;
  activity_on: string;
  source: ParticipationSource;
  request_id: string | null;
  recorded_by: string;
  created_at: string;
}

/** A participation row as read (kysely Selectable of the one table interface, docs/architecture.md §1.1). */
export type ParticipationRow = Selectable<ParticipationTable>;
/** A participation row to insert. */
export type NewParticipation = Insertable<ParticipationTable>;

export interface Participation {
  id: string;
  memberId: string;
  orgId: string;
  regionCode: string;
  programId: string;
  category: ServiceCategory;
  activityOn: string;
  source: ParticipationSource;
  requestId: string | null;
  createdAt: string;
}

export function toParticipation(row: ParticipationRow): Participation {
  return {
    id: row.id,
    memberId: row.member_id,
    orgId: row.org_id,
    regionCode: row.region_code,
    programId: row.program_id,
    category: row.category,
    activityOn: row.activity_on,
    source: row.source,
    requestId: row.request_id,
    createdAt: row.created_at,
  };
}

export const checkInKey = (programId: string, activityOn: string) => `${programId}:${activityOn}`;
export const requestKey = (requestId: string) => `request:${requestId}`;
