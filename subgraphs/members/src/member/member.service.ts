import {
  assertStaffMayWrite,
  badUserInput,
  conflict,
  forbidden,
  invalidStateTransition,
  parseInput,
  toDbTimestamp,
} from '@union/kit';
import { actorOf, assertVerifier } from '../access/access';
import type { Context } from '../context';
import { maskMobile } from '../pii/masks';
import {
  changeMemberStatusInput,
  returnMemberInput,
  updateMemberInput,
  updateMyProfileInput,
  verifyMemberInput,
} from './member.inputs';
import { loadMemberRow, writeMember } from './member-write';
import type { Member, MemberStatus, MemberUpdate } from './member.table';

/** Status moves staff may make; TRANSFERRING belongs to the transfer workflow. */
const STATUS_MOVES: Record<MemberStatus, MemberStatus[]> = {
  ACTIVE: ['LAPSED', 'WITHDRAWN', 'DECEASED'],
  LAPSED: ['ACTIVE', 'WITHDRAWN', 'DECEASED'],
  TRANSFERRING: [],
  WITHDRAWN: [],
  DECEASED: [],
};

function phoneChanges(ctx: Context, phone: string): MemberUpdate {
  return {
    phone_enc: ctx.pii.encrypt(phone),
    phone_index: ctx.pii.blindIndex('phone', phone),
    phone_masked: maskMobile(phone),
  };
}

/** Field names for history (the GraphQL names; never the values). */
function changedFields(input: Record<string, unknown>, keys: readonly string[]): string[] {
  return keys.filter((k) => input[k] !== undefined && input[k] !== null);
}

/** The member keeps its own record current from the phone: phone, education, occupation, skill level. */
export async function updateMyProfile(ctx: Context, raw: unknown): Promise<Member> {
  const input = parseInput(updateMyProfileInput, raw);
  if (ctx.identity?.role !== 'MEMBER' || !ctx.identity.member)
    throw forbidden('Only a member may update its own profile');
  const before = await loadMemberRow(ctx.db, ctx.identity.member, 'member');
  const changes: MemberUpdate = {};
  if (input.phone) Object.assign(changes, phoneChanges(ctx, input.phone));
  if (input.education) changes.education = input.education;
  if (input.occupation) changes.occupation = input.occupation;
  if (input.skillLevel) changes.skill_level = input.skillLevel;
  const fields = changedFields(input, ['phone', 'education', 'occupation', 'skillLevel']);
  if (fields.length === 0) throw badUserInput('input', 'input: nothing to change');
  return writeMember(ctx.db, actorOf(ctx), before, changes, 'PROFILE_UPDATED', fields);
}

/** Staff edit with optimistic locking; an entry returned for correction goes back to PENDING. */
export async function updateMember(ctx: Context, raw: unknown): Promise<Member> {
  const input = parseInput(updateMemberInput, raw);
  const before = await loadMemberRow(ctx.db, input.id);
  assertStaffMayWrite(ctx.identity, { regionCode: before.region_code, orgId: before.org_id });
  if (Number(before.version) !== input.expectedVersion) {
    throw conflict('Member was changed by someone else; reload it and try again', {
      field: 'input.expectedVersion',
    });
  }
  const changes: MemberUpdate = {};
  if (input.name) changes.name = input.name;
  if (input.phone) Object.assign(changes, phoneChanges(ctx, input.phone));
  if (input.hukouType) changes.hukou_type = input.hukouType;
  if (input.isMigrantWorker != null) changes.is_migrant_worker = input.isMigrantWorker ? 1 : 0;
  if (input.education) changes.education = input.education;
  if (input.occupation) changes.occupation = input.occupation;
  if (input.skillLevel) changes.skill_level = input.skillLevel;
  if (input.modelWorkerLevel) changes.model_worker_level = input.modelWorkerLevel;
  const fields = changedFields(input, [
    'name',
    'phone',
    'hukouType',
    'isMigrantWorker',
    'education',
    'occupation',
    'skillLevel',
    'modelWorkerLevel',
  ]);
  if (fields.length === 0) throw badUserInput('input', 'input: nothing to change');
  if (before.verification_status === 'RETURNED') changes.verification_status = 'PENDING';
  return writeMember(ctx.db, actorOf(ctx), before, changes, 'UPDATED', fields);
}

/** 实名制审核: PENDING or RETURNED → VERIFIED. */
export async function verifyMember(ctx: Context, raw: unknown): Promise<Member> {
  const input = parseInput(verifyMemberInput, raw);
  const before = await loadMemberRow(ctx.db, input.id);
  assertVerifier(ctx.identity, before.region_code);
  if (before.verification_status === 'VERIFIED')
    throw invalidStateTransition('Verification', 'VERIFIED', 'VERIFIED');
  return writeMember(
    ctx.db,
    actorOf(ctx),
    before,
    {
      verification_status: 'VERIFIED',
      verified_by: ctx.identity!.sub,
      verified_at: toDbTimestamp(),
      verification_note: null,
    },
    'VERIFIED',
    ['verification'],
  );
}

/** Returns an entry for correction: PENDING or VERIFIED → RETURNED with a note. */
export async function returnMember(ctx: Context, raw: unknown): Promise<Member> {
  const input = parseInput(returnMemberInput, raw);
  const before = await loadMemberRow(ctx.db, input.id);
  assertVerifier(ctx.identity, before.region_code);
  if (before.verification_status === 'RETURNED')
    throw invalidStateTransition('Verification', 'RETURNED', 'RETURNED');
  return writeMember(
    ctx.db,
    actorOf(ctx),
    before,
    {
      verification_status: 'RETURNED',
      verified_by: ctx.identity!.sub,
      verified_at: toDbTimestamp(),
      verification_note: input.note,
    },
    'RETURNED',
    ['verification'],
  );
}

export async function changeMemberStatus(ctx: Context, raw: unknown): Promise<Member> {
  const input = parseInput(changeMemberStatusInput, raw);
  const before = await loadMemberRow(ctx.db, input.id);
  assertStaffMayWrite(ctx.identity, { regionCode: before.region_code, orgId: before.org_id });
  if (!STATUS_MOVES[before.status].includes(input.status)) {
    throw invalidStateTransition('Member', before.status, input.status);
  }
  return writeMember(
    ctx.db,
    actorOf(ctx),
    before,
    { status: input.status, status_reason: input.reason },
    'STATUS_CHANGED',
    ['status', 'statusReason'],
  );
}
