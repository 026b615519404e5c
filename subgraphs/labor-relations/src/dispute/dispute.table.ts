import type { Insertable, Selectable, Updateable } from 'kysely';
import type { RiskLevel } from '../shared/risk-level';
import type { DisputeStatus } from './dispute-status';

export type DisputeCategory =
  | 'WAGE_ARREARS'
  | 'CONTRACT'
  | 'SOCIAL_INSURANCE'
  | 'WORKING_HOURS'
  | 'OCCUPATIONAL_INJURY'
  | 'DISMISSAL'
  | 'OTHER';

/** A dispute is collective (集体劳动争议) when 10 or more workers take part. */
export const COLLECTIVE_HEADCOUNT = 10;

export interface LaborDisputeTable {
  id: string;
  case_number: string;
  org_id: string;
  region_code: string;
  employer_id: string | null;
  category: DisputeCategory;
  summary: string;
  headcount: number;
  /** 1/0, kept with headcount so open collective disputes count from an index. */
  is_collective: number;
  amount_claimed_cents: number;
  amount_recovered_cents: number;
  risk_level: RiskLevel;
  status: DisputeStatus;
  legal_aid_request_id: string | null;
  reported_on: string;
  closed_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DisputeClaimantTable {
  dispute_id: string;
  member_id: string;
  org_id: string;
  region_code: string;
}

export type DisputeEventKind = 'REPORTED' | 'TRANSITION' | 'NOTE';

export interface DisputeEventTable {
  id: string;
  dispute_id: string;
  org_id: string;
  region_code: string;
  kind: DisputeEventKind;
  from_status: DisputeStatus | null;
  to_status: DisputeStatus | null;
  note: string | null;
  actor: string;
  actor_role: string;
  request_id: string;
  created_at: string;
}

export interface DisputeCaseCounterTable {
  city_code: string;
  year: number;
  last_number: number;
}

export type LaborDisputeRow = Selectable<LaborDisputeTable>;
export type NewLaborDispute = Insertable<LaborDisputeTable>;
export type LaborDisputeUpdate = Updateable<LaborDisputeTable>;
export type DisputeClaimantRow = Selectable<DisputeClaimantTable>;
export type NewDisputeClaimant = Insertable<DisputeClaimantTable>;
export type DisputeEventRow = Selectable<DisputeEventTable>;
export type NewDisputeEvent = Insertable<DisputeEventTable>;
export type DisputeCaseCounterRow = Selectable<DisputeCaseCounterTable>;

export interface LaborDispute {
  id: string;
  caseNumber: string;
  orgId: string;
  regionCode: string;
  employerId: string | null;
  category: DisputeCategory;
  summary: string;
  headcount: number;
  isCollective: boolean;
  amountClaimedCents: number;
  amountRecoveredCents: number;
  riskLevel: RiskLevel;
  status: DisputeStatus;
  legalAidRequestId: string | null;
  reportedOn: string;
  closedOn: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface DisputeEvent {
  id: string;
  disputeId: string;
  kind: DisputeEventKind;
  fromStatus: DisputeStatus | null;
  toStatus: DisputeStatus | null;
  note: string | null;
  actor: string;
  actorRole: string;
  at: string;
}

export function toDispute(row: LaborDisputeRow): LaborDispute {
  return {
    id: row.id,
    caseNumber: row.case_number,
    orgId: row.org_id,
    regionCode: row.region_code,
    employerId: row.employer_id,
    category: row.category,
    summary: row.summary,
    headcount: Number(row.headcount),
    isCollective: Number(row.is_collective) === 1,
    amountClaimedCents: Number(row.amount_claimed_cents),
    amountRecoveredCents: Number(row.amount_recovered_cents),
    riskLevel: row.risk_level,
    status: row.status,
    legalAidRequestId: row.legal_aid_request_id,
    reportedOn: row.reported_on,
    closedOn: row.closed_on,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toEvent(row: DisputeEventRow): DisputeEvent {
  return {
    id: row.id,
    disputeId: row.dispute_id,
    kind: row.kind,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    note: row.note,
    actor: row.actor,
    actorRole: row.actor_role,
    at: row.created_at,
  };
}
