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
