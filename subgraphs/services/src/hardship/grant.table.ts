import type { Insertable, Selectable } from 'kysely';
export type GrantKind = 'CASH' | 'GOODS' | 'MEDICAL' | 'EDUCATION' | 'EMPLOYMENT';

export interface AssistanceGrantTable {
  id: string;
  case_id: string;
  member_id: string;
  org_id: string;
  region_code: string;
  granting_org_id: string;
  granting_region_code: string;
  amount_cents: number;
  kind: GrantKind;
  granted_on: string;
  granted_year: number;
  idempotency_key: string;
  note: string | null;
  created_by: string;
  created_at: string;
}

/** A assistance grant row as read (kysely Selectable of the one table interface, docs/architecture.md §1.1). */
export type AssistanceGrantRow = Selectable<AssistanceGrantTable>;
/** A assistance grant row to insert. */
export type NewAssistanceGrant = Insertable<AssistanceGrantTable>;

export interface AssistanceGrant {
  id: string;
  caseId: string;
  memberId: string;
  orgId: string;
  regionCode: string;
  grantingOrgId: string;
  amountCents: number;
  kind: GrantKind;
  grantedOn: string;
  idempotencyKey: string;
  note: string | null;
  createdAt: string;
}

export function toGrant(row: AssistanceGrantRow): AssistanceGrant {
  return {
    id: row.id,
    caseId: row.case_id,
    memberId: row.member_id,
    orgId: row.org_id,
    regionCode: row.region_code,
    grantingOrgId: row.granting_org_id,
    amountCents: Number(row.amount_cents),
    kind: row.kind,
    grantedOn: row.granted_on,
    idempotencyKey: row.idempotency_key,
    note: row.note,
    createdAt: row.created_at,
  };
}
