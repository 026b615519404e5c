import type { Insertable, Selectable } from 'kysely';
/** One change to a member: who, when, which fields; never a personal value. */
export interface MemberHistoryTable {
  id: string;
  member_id: string;
  region_code: string;
  action: string;
  /** JSON array of field names. */
  fields: string;
  actor: string;
  request_id: string;
  created_at: string;
}

/*
 * Row types derived from the one table interface above (docs/architecture.md §1.1): a row as read,
 * a row to insert (and, where rows change, the columns of an update). Repositories and services
 * use these, never the bare interface (that is kysely's `Database` entry) or `Partial<…>`.
 */
export type MemberHistoryRow = Selectable<MemberHistoryTable>;
export type NewMemberHistory = Insertable<MemberHistoryTable>;

/** One entry of `Member.history` (the row without its keys; the field names parsed). */
export interface MemberHistoryEntry {
  action: string;
  fields: string[];
  actor: string;
  at: string;
}

export function toHistoryEntry(row: MemberHistoryRow): MemberHistoryEntry {
  return {
    action: row.action,
    fields: JSON.parse(row.fields) as string[],
    actor: row.actor,
    at: row.created_at,
  };
}
