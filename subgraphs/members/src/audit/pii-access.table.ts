import type { Insertable, Selectable } from 'kysely';
export type PiiField = 'ID_NUMBER' | 'PHONE' | 'BIRTH_DATE';

/** One read of a personal value (docs/architecture.md §4): who, whose, which field, when, request id. */
export interface PiiAccessTable {
  id: string;
  /** The member's region at read time (AUDITOR scope). */
  region_code: string;
  member_id: string;
  actor: string;
  actor_role: string;
  field: PiiField;
  request_id: string;
  created_at: string;
}

/*
 * Row types derived from the one table interface above (docs/architecture.md §1.1): a row as read,
 * a row to insert (and, where rows change, the columns of an update). Repositories and services
 * use these, never the bare interface (that is kysely's `Database` entry) or `Partial<…>`.
 */
export type PiiAccessRow = Selectable<PiiAccessTable>;
export type NewPiiAccess = Insertable<PiiAccessTable>;

/** One entry of `Query.piiAccessLog`. */
export interface PiiAccess {
  id: string;
  actor: string;
  actorRole: string;
  memberId: string;
  field: PiiField;
  requestId: string;
  at: string;
}

export function toPiiAccess(row: PiiAccessRow): PiiAccess {
  return {
    id: row.id,
    actor: row.actor,
    actorRole: row.actor_role,
    memberId: row.member_id,
    field: row.field,
    requestId: row.request_id,
    at: row.created_at,
  };
}
