import type { Insertable, Selectable, Updateable } from 'kysely';
import type { AppealStatus } from './appeal-status';

export const APPEAL_CHANNELS = ['HOTLINE_12351', 'APP', 'WEB', 'WALK_IN', 'LETTER', 'REFERRAL'] as const;
export type AppealChannel = (typeof APPEAL_CHANNELS)[number];

export const APPEAL_KINDS = ['CONSULTATION', 'HELP_REQUEST', 'RIGHTS_COMPLAINT', 'SUGGESTION'] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number];

/** The dispute categories (but OTHER), the nine service categories of the seed, and OTHER. */
export const APPEAL_CATEGORIES = [
  'WAGE_ARREARS',
  'CONTRACT',
  'SOCIAL_INSURANCE',
  'WORKING_HOURS',
  'OCCUPATIONAL_INJURY',
  'DISMISSAL',
  'HARDSHIP_ASSISTANCE',
  'LEGAL_AID',
  'PSYCHOLOGICAL_COUNSELING',
  'CAREER_DEVELOPMENT',
  'CULTURE_SPORTS_HEALTH',
  'CHILD_CARE',
  'FESTIVAL_CELEBRATION',
  'LIVING_SERVICES',
  'ENVIRONMENT_SERVICES',
  'OTHER',
] as const;
export type AppealCategory = (typeof APPEAL_CATEGORIES)[number];

export const APPEAL_OUTCOMES = [
  'SOLVED',
  'PARTIALLY_SOLVED',
  'EXPLAINED',
  'REFERRED',
  'NOT_SUPPORTED',
] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export const SATISFACTIONS = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'UNREACHABLE'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

export type AppealEventKind = 'RECEIVED' | 'TRANSITION' | 'NOTE' | 'INFO_ADDED' | 'CALL_ATTEMPT' | 'LINKED';

export interface WorkerAppealTable {
  id: string;
  appeal_number: string;
  channel: AppealChannel;
  kind: AppealKind;
  category: AppealCategory;
  summary: string;
  details: string | null;
  member_id: string | null;
  caller_name_enc: string | null;
  caller_phone_enc: string | null;
  caller_phone_index: string | null;
  region_code: string;
  org_id: string | null;
  employer_id: string | null;
  handler_org_id: string | null;
  handler_region_code: string;
  /** The handler's organization kind; 'FEDERATION' for the line of a federation (handler_org_id null). */
  handler_kind: string;
  /** The handler it was dispatched from (restored when the receiver returns it). */
  from_org_id: string | null;
  from_region_code: string | null;
  from_kind: string | null;
  assignee: string | null;
  status: AppealStatus;
  submitted_on: string;
  due_on: string;
  accepted_on: string | null;
  resolved_on: string | null;
  outcome: AppealOutcome | null;
  resolution: string | null;
  callback_attempts: number;
  satisfaction: Satisfaction | null;
  called_back_on: string | null;
  closed_on: string | null;
  reopen_count: number;
  escalation_count: number;
  dispute_id: string | null;
  /** The member's ServiceRequest in services this appeal is handled through (migration 0003). */
  service_request_id: string | null;
  /** The member's HardshipCase in services this appeal is handled through (migration 0006). */
  hardship_case_id: string | null;
  follow_up_hash: string | null;
  request_id: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AppealEventTable {
  id: string;
  appeal_id: string;
  region_code: string;
  kind: AppealEventKind;
  from_status: AppealStatus | null;
  to_status: AppealStatus | null;
  handler_org_id: string | null;
  handler_region_code: string | null;
  satisfaction: Satisfaction | null;
  note: string | null;
  internal: number;
  actor: string;
  actor_role: string;
  request_id: string;
  created_at: string;
}

export interface AppealNumberCounterTable {
  city_code: string;
  year: number;
  last_number: number;
}

export interface AppealCounterTable {
  region_code: string;
  dim: string;
  dim_value: string;
  metric: string;
  bucket: string;
  n: number;
}

export interface AppealPiiAccessTable {
  id: string;
  region_code: string;
  appeal_id: string;
  actor: string;
  actor_role: string;
  field: 'CALLER_NAME' | 'CALLER_PHONE';
  request_id: string;
  created_at: string;
}

export type WorkerAppealRow = Selectable<WorkerAppealTable>;
export type NewWorkerAppeal = Insertable<WorkerAppealTable>;
export type WorkerAppealUpdate = Updateable<WorkerAppealTable>;
export type AppealEventRow = Selectable<AppealEventTable>;
export type NewAppealEvent = Insertable<AppealEventTable>;
export type AppealNumberCounterRow = Selectable<AppealNumberCounterTable>;
export type AppealCounterRow = Selectable<AppealCounterTable>;
export type NewAppealPiiAccess = Insertable<AppealPiiAccessTable>;

/** An appeal row as resolvers see it (numbers as numbers; ciphertext stays opaque). */
export interface WorkerAppeal {
  id: string;
  number: string;
  channel: AppealChannel;
  kind: AppealKind;
  category: AppealCategory;
  summary: string;
  details: string | null;
  memberId: string | null;
  callerNameEnc: string | null;
  callerPhoneEnc: string | null;
  callerPhoneIndex: string | null;
  regionCode: string;
  orgId: string | null;
  employerId: string | null;
  handlerOrgId: string | null;
  handlerRegionCode: string;
  handlerKind: string;
  fromOrgId: string | null;
  assignee: string | null;
  status: AppealStatus;
  submittedOn: string;
  dueOn: string;
  acceptedOn: string | null;
  resolvedOn: string | null;
  outcome: AppealOutcome | null;
  resolution: string | null;
  callbackAttempts: number;
  satisfaction: Satisfaction | null;
  calledBackOn: string | null;
  closedOn: string | null;
  reopenCount: number;
  escalationCount: number;
  disputeId: string | null;
  serviceRequestId: string | null;
  hardshipCaseId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  row: WorkerAppealRow;
}

export interface AppealEvent {
  id: string;
  appealId: string;
  kind: AppealEventKind;
  fromStatus: AppealStatus | null;
  toStatus: AppealStatus | null;
  handlerOrgId: string | null;
  handlerRegionCode: string | null;
  satisfaction: Satisfaction | null;
  note: string | null;
  internal: boolean;
  actor: string;
  actorRole: string;
  at: string;
}

/** An event as a reader sees it: the worker's view leaves out who recorded it (WorkerAppeal.timeline). */
export type AppealEventView = Omit<AppealEvent, 'actor'> & { actor: string | null };

export function normalizeAppealRow(raw: WorkerAppealRow): WorkerAppealRow {
  return {
    ...raw,
    callback_attempts: Number(raw.callback_attempts),
    reopen_count: Number(raw.reopen_count),
    escalation_count: Number(raw.escalation_count),
    version: Number(raw.version),
  };
}

export function toAppeal(raw: WorkerAppealRow): WorkerAppeal {
  const row = normalizeAppealRow(raw);
  return {
    id: row.id,
    number: row.appeal_number,
    channel: row.channel,
    kind: row.kind,
    category: row.category,
    summary: row.summary,
    details: row.details,
    memberId: row.member_id,
    callerNameEnc: row.caller_name_enc,
    callerPhoneEnc: row.caller_phone_enc,
    callerPhoneIndex: row.caller_phone_index,
    regionCode: row.region_code,
    orgId: row.org_id,
    employerId: row.employer_id,
    handlerOrgId: row.handler_org_id,
    handlerRegionCode: row.handler_region_code,
    handlerKind: row.handler_kind,
    fromOrgId: row.from_org_id,
    assignee: row.assignee,
    status: row.status,
    submittedOn: row.submitted_on,
    dueOn: row.due_on,
    acceptedOn: row.accepted_on,
    resolvedOn: row.resolved_on,
    outcome: row.outcome,
    resolution: row.resolution,
    callbackAttempts: row.callback_attempts,
    satisfaction: row.satisfaction,
    calledBackOn: row.called_back_on,
    closedOn: row.closed_on,
    reopenCount: row.reopen_count,
    escalationCount: row.escalation_count,
    disputeId: row.dispute_id,
    serviceRequestId: row.service_request_id ?? null,
    hardshipCaseId: row.hardship_case_id ?? null,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    row,
  };
}

export function toAppealEvent(row: AppealEventRow): AppealEvent {
  return {
    id: row.id,
    appealId: row.appeal_id,
    kind: row.kind,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    handlerOrgId: row.handler_org_id,
    handlerRegionCode: row.handler_region_code,
    satisfaction: row.satisfaction,
    note: row.note,
    internal: Number(row.internal) === 1,
    actor: row.actor,
    actorRole: row.actor_role,
    at: row.created_at,
  };
}
