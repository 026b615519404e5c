import type { Insertable, Selectable, Updateable } from 'kysely';
export type HardshipLevel = 'GENERAL' | 'DEEP';
export type HardshipStatus = 'OPEN' | 'RELIEVED' | 'CLOSED';
export const HARDSHIP_REASONS = [
  'ILLNESS',
  'DISABILITY',
  'UNEMPLOYMENT',
  'DISASTER',
  'CHILDREN_EDUCATION',
  'OTHER',
] as const;
export type HardshipReason = (typeof HARDSHIP_REASONS)[number];

export interface HardshipCaseTable {
  id: string;
  member_id: string;
  org_id: string;
  region_code: string;
  level: HardshipLevel;
  /** Comma-separated reasons, in the order of HARDSHIP_REASONS. */
  reasons: string;
  household_size: number;
  income_per_head_cents: number;
  status: HardshipStatus;
  /** 1 while OPEN, NULL after: unique with member_id, so a member has at most one open case. */
  open_marker: number | null;
  opened_on: string;
  relieved_on: string | null;
  closed_on: string | null;
  close_reason: string | null;
  note: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A hardship case row as read (kysely Selectable of the one table interface, docs/architecture.md §1.1). */
export type HardshipCaseRow = Selectable<HardshipCaseTable>;
/** A hardship case row to insert. */
export type NewHardshipCase = Insertable<HardshipCaseTable>;
/** Columns of a hardship case row to change. */
export type HardshipCaseUpdate = Updateable<HardshipCaseTable>;

export interface HardshipCase {
  id: string;
  memberId: string;
  orgId: string;
  regionCode: string;
  level: HardshipLevel;
  reasons: HardshipReason[];
  householdSize: number;
  monthlyIncomePerHeadCents: number;
  status: HardshipStatus;
  openedOn: string;
  relievedOn: string | null;
  closedOn: string | null;
  closeReason: string | null;
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function toHardshipCase(row: HardshipCaseRow): HardshipCase {
  return {
    id: row.id,
    memberId: row.member_id,
    orgId: row.org_id,
    regionCode: row.region_code,
    level: row.level,
    reasons: row.reasons.split(',').filter(Boolean) as HardshipReason[],
    householdSize: Number(row.household_size),
    monthlyIncomePerHeadCents: Number(row.income_per_head_cents),
    status: row.status,
    openedOn: row.opened_on,
    relievedOn: row.relieved_on,
    closedOn: row.closed_on,
    closeReason: row.close_reason,
    note: row.note,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function encodeReasons(reasons: readonly HardshipReason[]): string {
  return HARDSHIP_REASONS.filter((r) => reasons.includes(r)).join(',');
}
