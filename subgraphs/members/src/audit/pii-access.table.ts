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
