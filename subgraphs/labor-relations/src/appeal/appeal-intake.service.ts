import {
  assertLinked,
  badUserInput,
  conflict,
  forbidden,
  inTransaction,
  newId,
  parseInput,
  toDbTimestamp,
  type LinkTarget,
} from '@union/kit';
import type { Context } from '../context';
import type { OrganizationFact } from '../facts/facts';
import { addDays } from '../shared/dates';
import { applyCounterDelta, counterDelta } from './appeal-counters';
import { cityOf, ensureAppealCounter, nextAppealNumber } from './appeal-number';
import { registerAppealInput, submitAppealInput } from './appeal.inputs';
import { findAppealsByIds } from './appeal.repository';
import type { AppealChannel, AppealKind, WorkerAppeal, WorkerAppealRow } from './appeal.table';
import { insertAppealEvents } from './appeal-write';
import { hashFollowUpCode, newFollowUpCode } from './follow-up-code';

const ALL = { kind: 'ALL' } as const;
const related = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** The line that receives an appeal from the app, the web or the hotline: the city federation's (省 for a province-level one). */
export function receivingLine(regionCode: string): string {
  return regionCode.length >= 4 ? cityOf(regionCode) : regionCode;
}

async function organizationTarget(ctx: Context, id: string, field: string): Promise<OrganizationFact> {
  const org = await ctx.facts.organization(id);
  // Anyone may name the organization an appeal is about (the union directory is public); it must exist.
  assertLinked<LinkTarget & { fact: OrganizationFact }>(
    ctx.identity,
    org ? { id: org.id, regionCode: org.regionCode, orgId: org.id, fact: org } : null,
    { field, entity: 'Organization', rule: () => true },
  );
  if (org!.status !== 'ACTIVE') throw conflict(`The organization is ${org!.status}`, { field });
  return org!;
}

interface Subject {
  regionCode: string;
  orgId: string | null;
  employerId: string | null;
}

/** Where an appeal lies: the organization named (its region and employer), else the region given. */
async function subjectOf(
  ctx: Context,
  input: { regionCode?: string | null; organizationId?: string | null },
  fallbackOrgId: string | null,
): Promise<Subject> {
  const orgId = input.organizationId ?? fallbackOrgId;
  if (orgId) {
    const org = await organizationTarget(ctx, orgId, input.organizationId ? 'input.organizationId' : 'input');
    if (input.regionCode && !related(org.regionCode, input.regionCode)) {
      throw badUserInput('input.regionCode', 'input.regionCode: the organization lies in another region');
    }
    return { regionCode: org.regionCode, orgId: org.id, employerId: org.employerId };
  }
  if (!input.regionCode) {
    throw badUserInput(
      'input.regionCode',
      'input.regionCode: give the region (or the organization) the appeal concerns',
    );
  }
  return { regionCode: await existingRegion(ctx, input.regionCode), orgId: null, employerId: null };
}

/**
 * A region named without an organization (the anonymous web form, a member or staff giving only
 * the region) must be one the organizations subgraph's GB/T 2260 directory knows: asked through
 * `_entities` (Region is public reference data; briefly cached), unknown → NOT_FOUND naming
 * input.regionCode, like every input naming a row that does not exist (kit assertLinked). When
 * organizations cannot answer, the look-up error fails the write before anything is stored.
 */
async function existingRegion(ctx: Context, code: string): Promise<string> {
  const region = await ctx.facts.region(code);
  assertLinked(ctx.identity, region ? { id: region.code, regionCode: region.code } : null, {
    field: 'input.regionCode',
    entity: 'Region',
    rule: () => true,
  });
  return region!.code;
}

interface Intake {
  channel: AppealChannel;
  kind: AppealKind;
  category: WorkerAppealRow['category'];
  summary: string;
  details: string | null;
  memberId: string | null;
  callerName: string | null;
  callerPhone: string | null;
  subject: Subject;
  handler: { orgId: string | null; regionCode: string; kind: string };
  submittedOn: string;
  followUpHash: string | null;
}

async function insertAppeal(ctx: Context, intake: Intake): Promise<WorkerAppeal> {
  const city = cityOf(intake.subject.regionCode);
  const year = Number(intake.submittedOn.slice(0, 4));
  await ensureAppealCounter(ctx.db, city, year);
  const id = newId();
  const now = toDbTimestamp();
  const due = addDays(intake.submittedOn, ctx.appealDeadlines[intake.kind]);
  await inTransaction(ctx.db, async (trx) => {
    const row: WorkerAppealRow = {
      id,
      appeal_number: await nextAppealNumber(trx, city, year),
      channel: intake.channel,
      kind: intake.kind,
      category: intake.category,
      summary: intake.summary,
      details: intake.details,
      member_id: intake.memberId,
      caller_name_enc: intake.callerName ? ctx.pii.encrypt(intake.callerName) : null,
      caller_phone_enc: intake.callerPhone ? ctx.pii.encrypt(intake.callerPhone) : null,
      caller_phone_index: intake.callerPhone ? ctx.pii.blindIndex('phone', intake.callerPhone) : null,
      region_code: intake.subject.regionCode,
      org_id: intake.subject.orgId,
      employer_id: intake.subject.employerId,
      handler_org_id: intake.handler.orgId,
      handler_region_code: intake.handler.regionCode,
      handler_kind: intake.handler.kind,
      from_org_id: null,
      from_region_code: null,
      from_kind: null,
      assignee: null,
      status: 'RECEIVED',
      submitted_on: intake.submittedOn,
      due_on: due,
      accepted_on: null,
      resolved_on: null,
      outcome: null,
      resolution: null,
      callback_attempts: 0,
      satisfaction: null,
      called_back_on: null,
      closed_on: null,
      reopen_count: 0,
      escalation_count: 0,
      dispute_id: null,
      service_request_id: null,
      hardship_case_id: null,
      follow_up_hash: intake.followUpHash,
      request_id: ctx.requestId.slice(0, 64),
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('worker_appeals').values(row).execute();
    await insertAppealEvents(trx, ctx, row, [{ kind: 'RECEIVED', to: 'RECEIVED' }]);
    await applyCounterDelta(trx, counterDelta(null, row));
  });
  const [appeal] = await findAppealsByIds(ctx.db, [id], ALL);
  return appeal!;
}

export interface SubmitResult {
  appeal: WorkerAppeal;
  followUpCode: string | null;
  visible: boolean;
}

/**
 * From the app (a MEMBER: its own appeal, about its organization unless it names another) or the
 * public web form (anonymous: a phone to call back is required, and a one-time follow-up code is
 * returned once and stored only as a scrypt hash). Received by the city federation's line.
 */
export async function submitAppeal(ctx: Context, raw: unknown): Promise<SubmitResult> {
  const input = parseInput(submitAppealInput, raw);
  const identity = ctx.identity;
  if (identity && identity.role !== 'MEMBER') {
    throw forbidden("Staff register appeals on a caller's behalf with registerAppeal");
  }
  let memberId: string | null = null;
  let memberOrg: string | null = null;
  if (identity) {
    if (!identity.member) throw forbidden('This token names no member');
    if (input.callerName || input.callerPhone) {
      throw badUserInput(
        'input.callerPhone',
        "input.callerPhone: a member's appeal is answered through the member's own record",
      );
    }
    const [fact] = await ctx.facts.members([identity.member]);
    if (!fact) throw forbidden('The member register does not know this member');
    memberId = fact.id;
    memberOrg = fact.orgId;
  } else if (!input.callerPhone) {
    throw badUserInput('input.callerPhone', 'input.callerPhone: a phone number to call back is required');
  }
  const subject = await subjectOf(ctx, input, input.regionCode || input.organizationId ? null : memberOrg);
  const code = identity ? null : newFollowUpCode();
  const appeal = await insertAppeal(ctx, {
    channel: identity ? 'APP' : 'WEB',
    kind: input.kind,
    category: input.category,
    summary: input.summary,
    details: input.details ?? null,
    memberId,
    callerName: input.callerName ?? null,
    callerPhone: input.callerPhone ?? null,
    subject,
    handler: { orgId: null, regionCode: receivingLine(subject.regionCode), kind: 'FEDERATION' },
    submittedOn: ctx.today,
    followUpHash: code ? await hashFollowUpCode(code) : null,
  });
  return { appeal, followUpCode: code, visible: Boolean(identity) };
}

/**
 * Staff register a hotline call, a walk-in, a letter or a referral on the caller's behalf: a
 * FEDERATION_ADMIN for its own line (the appeal must lie in its region), an ORG_ADMIN for its
 * organization (which then handles it).
 */
export async function registerAppeal(ctx: Context, raw: unknown): Promise<WorkerAppeal> {
  const input = parseInput(registerAppealInput, raw);
  const identity = ctx.identity;
  if (input.channel === 'APP' || input.channel === 'WEB') {
    throw badUserInput('input.channel', 'input.channel: APP and WEB appeals come in through submitAppeal');
  }
  const receivedOn = input.receivedOn ?? ctx.today;
  if (receivedOn > ctx.today)
    throw badUserInput('input.receivedOn', 'input.receivedOn: must not be in the future');
  if (!input.memberId && !input.callerPhone) {
    throw badUserInput(
      'input.callerPhone',
      'input.callerPhone: a member or a phone number to call back is required',
    );
  }
  if (input.memberId) {
    const [fact] = await ctx.facts.members([input.memberId]);
    // The caller gave a member identity: it must be one the register knows (wherever the member is).
    assertLinked(ctx.identity, fact ? { id: fact.id, regionCode: '', memberId: fact.id } : null, {
      field: 'input.memberId',
      entity: 'Member',
      rule: () => true,
    });
  }
  let handler: Intake['handler'];
  let subject: Subject;
  if (identity?.role === 'FEDERATION_ADMIN' && identity.region) {
    subject = await subjectOf(ctx, input, null);
    if (!subject.regionCode.startsWith(identity.region)) {
      throw forbidden('input.regionCode: the appeal lies outside your region');
    }
    handler = { orgId: null, regionCode: identity.region, kind: 'FEDERATION' };
  } else if (identity?.role === 'ORG_ADMIN' && identity.org) {
    const own = await organizationTarget(ctx, identity.org, 'input');
    subject = await subjectOf(ctx, input, own.id);
    if (!related(subject.regionCode, own.regionCode)) {
      throw badUserInput('input.regionCode', "input.regionCode: must lie in your organization's region");
    }
    if (own.regionCode.startsWith(subject.regionCode)) subject = { ...subject, regionCode: own.regionCode };
    handler = { orgId: own.id, regionCode: own.regionCode, kind: own.kind };
  } else {
    throw forbidden('Only a federation or union administrator registers appeals');
  }
  return insertAppeal(ctx, {
    channel: input.channel,
    kind: input.kind,
    category: input.category,
    summary: input.summary,
    details: input.details ?? null,
    memberId: input.memberId ?? null,
    callerName: input.memberId ? null : (input.callerName ?? null),
    callerPhone: input.memberId ? null : (input.callerPhone ?? null),
    subject,
    handler,
    submittedOn: receivedOn,
    followUpHash: null,
  });
}
