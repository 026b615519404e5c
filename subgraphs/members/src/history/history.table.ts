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

/** One entry of `Member.history` (the row without its keys; the field names parsed). */
export interface MemberHistoryEntry {
  action: string;
  fields: string[];
  actor: string;
  at: string;
}

export function toHistoryEntry(row: MemberHistoryTable): MemberHistoryEntry {
  return {
    action: row.action,
    fields: JSON.parse(row.fields) as string[],
    actor: row.actor,
    at: row.created_at,
  };
}
