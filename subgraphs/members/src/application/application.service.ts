import {
  ageOn,
  assertStaffMayWrite,
  badUserInput,
  conflict,
  inTransaction,
  invalidStateTransition,
  isMysql,
  isUniqueViolation,
  type NationalIdFacts,
  newId,
  notFound,
  parseInput,
  todayIso,
  toDbTimestamp,
  validateNationalId,
} from '@union/kit';
import type { Kysely } from 'kysely';
import { actorOf } from '../access/access';
import { receivingOrganizationLink } from '../access/link-checks';
import { issueCardNumber } from '../card/card-numbers';
import type { Context } from '../context';
import type { Database } from '../db/database';
import { recordHistory, type Actor } from '../history/history.repository';
import {
  rejectApplicationInput,
  reviewApplicationInput,
  submitApplicationInput,
  withdrawApplicationInput,
} from '../member/member.inputs';
import { buildMemberRow } from '../member/member-row';
import { writeMember } from '../member/member-write';
import {
  isInGoodStanding,
  toMember,
  type Member,
  type MemberRow,
  type MemberUpdate,
} from '../member/member.table';
import { acceptsMembers } from '../organization/organization-directory';
import { maskMobile, maskNationalId } from '../pii/masks';
import {
  adjustMemberCounts,
  memberContribution,
  pendingApplicationDelta,
} from '../stats/member-counts.repository';
import { findApplicationRow, findPendingApplication } from './application.repository';
import {
  toApplication,
  type Application,
  type ApplicationRow,
  type ApplicationUpdate,
} from './application.table';

const MIN_AGE = 16;

function alreadyMember(member: Pick<MemberRow, 'org_id'>, orgId: string) {
  return member.org_id === orgId
    ? conflict('You are already a member of this organization', { field: 'input.idNumber' })
    : conflict(
        'You are already an active member of another union; ask it for a membership transfer (会员关系接转, requestMemberTransfer) instead of applying',
        { field: 'input.idNumber' },
      );
}

/**
 * 网上申请入会: open to anonymous callers. Idempotent while pending: the same person applying to the
 * same organization gets the pending application back (a unique pending key makes that race-safe).
 */
export async function submitApplication(ctx: Context, raw: unknown): Promise<Application> {
  const input = parseInput(submitApplicationInput, raw);
  if (ageOn(input.idNumber.birthDate) < MIN_AGE) {
    throw badUserInput('input.idNumber', `input.idNumber: applicants must be at least ${MIN_AGE} years old`);
  }
  const org = await receivingOrganizationLink(ctx, input.organizationId, 'input.organizationId');
  if (!acceptsMembers(org)) {
    throw badUserInput(
      'input.organizationId',
      'input.organizationId: only active grassroots unions take members',
    );
  }
  const index = ctx.pii.blindIndex('id', input.idNumber.normalized);
  const existing = await ctx.db
    .selectFrom('members')
    .select(['org_id', 'status'])
    .where('id_number_index', '=', index)
    .executeTakeFirst();
  if (existing && isInGoodStanding(existing.status)) throw alreadyMember(existing, org.id);

  const pendingKey = `${index}:${org.id}`;
  const pending = await findPendingApplication(ctx.db, pendingKey);
  if (pending) return toApplication(pending);

  const now = toDbTimestamp();
  const row: ApplicationRow = {
    id: newId(),
    org_id: org.id,
    region_code: org.regionCode,
    name: input.name,
    id_number_enc: ctx.pii.encrypt(input.idNumber.normalized),
    id_number_index: index,
    id_number_masked: maskNationalId(input.idNumber.normalized),
    phone_enc: ctx.pii.encrypt(input.phone),
    phone_masked: maskMobile(input.phone),
    hukou_type: input.hukouType,
    education: input.education ?? null,
    occupation: input.occupation ?? null,
    employer_name: input.employerName ?? null,
    employer_credit_code: input.employerCreditCode ?? null,
    status: 'PENDING',
    pending_key: pendingKey,
    reason: null,
    member_id: null,
    decided_by: null,
    decided_at: null,
    created_at: now,
    updated_at: now,
  };
  try {
    await inTransaction(ctx.db, async (trx) => {
      await trx.insertInto('membership_applications').values(row).execute();
      await adjustMemberCounts(trx, pendingApplicationDelta(row.region_code, 1));
    });
  } catch (error) {
    // Someone submitted the same application a moment earlier: answer with theirs.
    if (!isUniqueViolation(error)) throw error;
    const winner = await findPendingApplication(ctx.db, pendingKey);
    if (!winner) throw conflict('The application changed while it was being submitted; try again');
    return toApplication(winner);
  }
  return toApplication(row);
}

async function loadForReview(ctx: Context, id: string): Promise<ApplicationRow> {
  const app = await findApplicationRow(ctx.db, id);
  if (!app) throw notFound('MembershipApplication', 'input.id');
  return app;
}

/** PENDING → `to` as a conditional update: of concurrent deciders exactly one wins, the rest see the new state. */
async function claim(
  trx: Kysely<Database>,
  ctx: Context,
  app: ApplicationRow,
  to: 'APPROVED' | 'REJECTED' | 'WITHDRAWN',
  extra: ApplicationUpdate = {},
): Promise<void> {
  const now = toDbTimestamp();
  const result = await trx
    .updateTable('membership_applications')
    .set({
      status: to,
      pending_key: null,
      decided_by: ctx.identity?.sub ?? 'applicant',
      decided_at: now,
      updated_at: now,
      ...extra,
    })
    .where('id', '=', app.id)
    .where('status', '=', 'PENDING')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    const current = await trx
      .selectFrom('membership_applications')
      .select('status')
      .where('id', '=', app.id)
      .executeTakeFirst();
    throw invalidStateTransition('MembershipApplication', current?.status ?? app.status, to);
  }
  await adjustMemberCounts(trx, pendingApplicationDelta(app.region_code, -1));
}

/** The register entry of the applicant, locked on MySQL so two approvals of one person queue. */
async function lockRegisteredPerson(
  trx: Kysely<Database>,
  app: ApplicationRow,
): Promise<MemberRow | undefined> {
  let query = trx.selectFrom('members').selectAll().where('id_number_index', '=', app.id_number_index);
  if (isMysql(trx)) query = query.forUpdate();
  return query.executeTakeFirst();
}

/**
 * A person who left earlier (LAPSED, WITHDRAWN) rejoins under the same register entry, through the
 * one guarded member write (version check, counters moved, history REJOINED). The application
 * points at that entry instead of the id it claimed.
 */
async function rejoin(
  trx: Kysely<Database>,
  who: Actor,
  app: ApplicationRow,
  existing: MemberRow,
  joinedOn: string,
): Promise<string> {
  await trx
    .updateTable('membership_applications')
    .set({ member_id: existing.id })
    .where('id', '=', app.id)
    .execute();
  const changes: MemberUpdate = {
    org_id: app.org_id,
    region_code: app.region_code,
    status: 'ACTIVE',
    status_reason: 'rejoined through an approved application',
    joined_on: joinedOn,
  };
  await writeMember(trx, who, existing, changes, 'REJOINED', ['organization', 'status', 'joinedOn'], trx);
  return existing.id;
}

/** A new register entry from the application, with its card number, counters and history JOINED. */
async function registerNewMember(
  trx: Kysely<Database>,
  ctx: Context,
  who: Actor,
  app: ApplicationRow,
  person: { id: string; idNumber: NationalIdFacts; phone: string | null; joinedOn: string; now: string },
): Promise<string> {
  const row = buildMemberRow(ctx.pii, {
    id: person.id,
    orgId: app.org_id,
    regionCode: app.region_code,
    name: app.name,
    idNumber: person.idNumber,
    phone: person.phone,
    hukouType: app.hukou_type,
    isMigrantWorker: app.hukou_type === 'RURAL',
    education: app.education,
    occupation: app.occupation,
    skillLevel: 'NONE',
    modelWorkerLevel: null,
    cardNumber: await issueCardNumber(trx, app.region_code, person.joinedOn),
    joinedOn: person.joinedOn,
    status: 'ACTIVE',
    verificationStatus: 'PENDING',
    now: person.now,
  });
  try {
    await trx.insertInto('members').values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('This person was registered a moment ago; reload the application');
    throw error;
  }
  await adjustMemberCounts(trx, memberContribution(row, 1));
  await recordHistory(trx, who, { id: person.id, regionCode: app.region_code }, 'JOINED', ['*']);
  return person.id;
}

/**
 * Creates the member and its card number in the same transaction that moves the application to
 * APPROVED; a person who left earlier (LAPSED, WITHDRAWN) rejoins under the same register entry.
 */
export async function approveApplication(
  ctx: Context,
  raw: unknown,
): Promise<{ application: Application; member: Member }> {
  const input = parseInput(reviewApplicationInput, raw);
  const app = await loadForReview(ctx, input.id);
  assertStaffMayWrite(ctx.identity, { regionCode: app.region_code, orgId: app.org_id });
  if (app.status !== 'PENDING') throw invalidStateTransition('MembershipApplication', app.status, 'APPROVED');
  const idFacts = validateNationalId(ctx.pii.decrypt(app.id_number_enc));
  if (!idFacts.ok) throw conflict('The application holds an ID number that no longer validates; reject it');
  const phone = ctx.pii.decrypt(app.phone_enc);
  const who = actorOf(ctx);

  const memberId = await inTransaction(ctx.db, async (trx) => {
    // The claim comes first: concurrent approvers queue on the application row and all but one stop here.
    const id = newId();
    await claim(trx, ctx, app, 'APPROVED', { member_id: id });
    const existing = await lockRegisteredPerson(trx, app);
    if (existing && isInGoodStanding(existing.status)) throw alreadyMember(existing, app.org_id);
    const now = toDbTimestamp();
    const joinedOn = todayIso();
    if (existing) return rejoin(trx, who, app, existing, joinedOn);
    return registerNewMember(trx, ctx, who, app, { id, idNumber: idFacts.value, phone, joinedOn, now });
  });
  const member = await ctx.db
    .selectFrom('members')
    .selectAll()
    .where('id', '=', memberId)
    .executeTakeFirstOrThrow();
  const decided = await findApplicationRow(ctx.db, app.id);
  return { application: toApplication(decided!), member: toMember(member) };
}

export async function rejectApplication(ctx: Context, raw: unknown): Promise<Application> {
  const input = parseInput(rejectApplicationInput, raw);
  const app = await loadForReview(ctx, input.id);
  assertStaffMayWrite(ctx.identity, { regionCode: app.region_code, orgId: app.org_id });
  if (app.status !== 'PENDING') throw invalidStateTransition('MembershipApplication', app.status, 'REJECTED');
  await inTransaction(ctx.db, (trx) => claim(trx, ctx, app, 'REJECTED', { reason: input.reason }));
  return toApplication((await findApplicationRow(ctx.db, app.id))!);
}

/** The applicant withdraws, proving it with the same ID number (compared through the blind index). */
export async function withdrawApplication(ctx: Context, raw: unknown): Promise<Application> {
  const input = parseInput(withdrawApplicationInput, raw);
  const app = await findApplicationRow(ctx.db, input.id);
  // The same answer whether the application is missing or the number differs: nothing to probe.
  if (!app || ctx.pii.blindIndex('id', input.idNumber.normalized) !== app.id_number_index) {
    throw notFound('MembershipApplication', 'input.id');
  }
  if (app.status !== 'PENDING')
    throw invalidStateTransition('MembershipApplication', app.status, 'WITHDRAWN');
  await inTransaction(ctx.db, (trx) => claim(trx, ctx, app, 'WITHDRAWN'));
  return toApplication((await findApplicationRow(ctx.db, app.id))!);
}
