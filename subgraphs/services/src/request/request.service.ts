import {
  badUserInput,
  conflict,
  forbidden,
  inTransaction,
  isUniqueViolation,
  newId,
  notFound,
  parseInput,
  staffMayWrite,
  todayIso,
  toDbTimestamp,
} from '@union/kit';
import { GraphQLError } from 'graphql';
import { assertRequestedProgram, memberLink } from '../access/link-checks';
import { isStaff } from '../access/write-access';
import type { Context } from '../context';
import { membersWithOpenCase } from '../hardship/hardship.repository';
import { failedRule, ineligible, isOpenOn } from '../program/eligibility';
import { loadProgramForWrite } from '../program/program.service';
import { applyServiceCounters, requestDelta } from '../stats/service-counters';
import { requestServiceInput } from './request.inputs';
import { toRequest, type ServiceRequest, type ServiceRequestRow } from './request.table';

/** Members who may ask for services: in the register and not lapsed, withdrawn or deceased. */
const MEMBER_STATUSES_SERVED = ['ACTIVE', 'TRANSFERRING'];

/** The member a request is for: a MEMBER asks for themself, staff name the member. */
function memberIdFor(ctx: Context, given: string | null | undefined): string {
  const identity = ctx.identity;
  if (identity?.role === 'MEMBER') {
    if (!identity.member || (given && given !== identity.member))
      throw forbidden('A member may only ask for themself');
    return identity.member;
  }
  if (!isStaff(identity)) throw forbidden();
  if (!given) throw badUserInput('input.memberId', 'input.memberId: required when staff ask for a member');
  return given;
}

/**
 * A member asks for a program. Member facts come from the members subgraph (SERVICE `_entities`);
 * the place is taken by a conditional UPDATE of the program's counter inside the same transaction
 * as the insert, so concurrent requests can never take more places than the capacity.
 */
export async function requestService(ctx: Context, raw: unknown): Promise<ServiceRequest> {
  const input = parseInput(requestServiceInput, raw);
  const memberId = memberIdFor(ctx, input.memberId);
  const program = await loadProgramForWrite(ctx.db, input.programId, 'input.programId');
  // The member's own request, or staff of the member — or of the provider, who runs its intake.
  const member = await memberLink(ctx, memberId, 'input.memberId', (identity, m) =>
    identity?.role === 'MEMBER'
      ? identity.member === m.id
      : staffMayWrite(identity, { regionCode: m.regionCode, orgId: m.orgId ?? '' }) ||
        staffMayWrite(identity, program),
  );
  assertRequestedProgram(ctx, program, 'input.programId', member);
  if (!MEMBER_STATUSES_SERVED.includes(member.status))
    throw new GraphQLError('Not eligible: only active members may ask for services (member.status)', {
      extensions: { code: 'FORBIDDEN', field: 'member.status' },
    });
  if (!isOpenOn(program, todayIso()))
    throw conflict(`The program is not taking requests (${program.status})`, { field: 'input.programId' });
  const hardship = await membersWithOpenCase(ctx.db, [member.id]);
  const rule = failedRule(program, { ...member, hasOpenHardshipCase: hardship.has(member.id) });
  if (rule) throw ineligible(rule);

  const now = toDbTimestamp();
  const row: ServiceRequestRow = {
    id: newId(),
    program_id: program.id,
    category: program.category,
    provider_org_id: program.orgId,
    member_id: member.id,
    org_id: member.orgId,
    region_code: member.regionCode,
    status: 'SUBMITTED',
    live_marker: 1,
    note: input.note ?? null,
    reason: null,
    rating: null,
    rating_comment: null,
    rated_at: null,
    submitted_by: ctx.identity!.sub,
    submitted_at: now,
    completed_at: null,
    version: 1,
    updated_at: now,
  };
  try {
    await inTransaction(ctx.db, async (trx) => {
      const taken = await trx
        .updateTable('service_programs')
        .set((eb) => ({ taken: eb('taken', '+', 1) }))
        .where('id', '=', program.id)
        .where('status', '=', 'OPEN')
        .where((eb) => eb.or([eb('capacity', 'is', null), eb('taken', '<', eb.ref('capacity'))]))
        .executeTakeFirst();
      if (Number(taken.numUpdatedRows) !== 1)
        throw conflict('The program has no places left', { field: 'input.programId' });
      await trx.insertInto('service_requests').values(row).execute();
      await applyServiceCounters(trx, requestDelta(null, row));
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('The member already has a live request for this program', { field: 'input.programId' });
    throw error;
  }
  return toRequest(row);
}

/** Reads one request for a write, unscoped: the access rules of each write decide. */
export async function loadRequestForWrite(ctx: Context, id: string): Promise<ServiceRequest> {
  const row = await ctx.db.selectFrom('service_requests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('ServiceRequest', 'input.id');
  return toRequest(row);
}
