import {
  badUserInput,
  conflict,
  forbidden,
  inTransaction,
  invalidStateTransition,
  newId,
  parseInput,
  staffMayWrite,
  todayIso,
  toDbTimestamp,
} from '@union/kit';
import type { Context } from '../context';
import { requestKey } from '../participation/participation.table';
import { loadProgramForWrite } from '../program/program.service';
import {
  applyServiceCounters,
  asOwned,
  countParticipationByKey,
  requestDelta,
} from '../stats/service-counters';
import { releasesPlace, REQUEST_WORKFLOW } from './request-workflow';
import { rateRequestInput, transitionRequestInput } from './request.inputs';
import { loadRequestForWrite } from './request.service';
import type { RequestStatus, ServiceRequest } from './request.table';

/*
 * Who may move a request: staff whose jurisdiction covers the member or the providing program;
 * the member themself may only cancel before the service has started.
 */
async function assertMayMove(ctx: Context, request: ServiceRequest, to: RequestStatus) {
  const identity = ctx.identity;
  if (identity?.role === 'MEMBER') {
    if (identity.member !== request.memberId) throw forbidden();
    if (to !== 'CANCELLED') throw forbidden('A member may only cancel their own request');
    if (request.status === 'IN_PROGRESS' || request.status === 'COMPLETED')
      throw invalidStateTransition('ServiceRequest', request.status, to);
    return;
  }
  if (staffMayWrite(identity, request)) return;
  const program = await loadProgramForWrite(ctx.db, request.programId);
  if (!staffMayWrite(identity, program)) throw forbidden();
}

/** Moves a request one step along its state machine; illegal moves are INVALID_STATE_TRANSITION. */
export async function transitionRequest(ctx: Context, raw: unknown): Promise<ServiceRequest> {
  const input = parseInput(transitionRequestInput, raw);
  const request = await loadRequestForWrite(ctx, input.id);
  await assertMayMove(ctx, request, input.to);
  REQUEST_WORKFLOW.assert(request.status, input.to);
  if (input.to === 'REJECTED' && !input.reason)
    throw badUserInput('input.reason', 'input.reason: required to reject a request');

  const now = toDbTimestamp();
  await inTransaction(ctx.db, async (trx) => {
    const moved = await trx
      .updateTable('service_requests')
      .set({
        status: input.to,
        version: request.version + 1,
        updated_at: now,
        ...(releasesPlace(input.to) ? { live_marker: null } : {}),
        ...(input.reason ? { reason: input.reason } : {}),
        ...(input.to === 'COMPLETED' ? { completed_at: now } : {}),
      })
      .where('id', '=', request.id)
      .where('status', '=', request.status)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) {
      // Someone moved it first: report the state it is in now.
      const current = await trx
        .selectFrom('service_requests')
        .select('status')
        .where('id', '=', request.id)
        .executeTakeFirstOrThrow();
      throw invalidStateTransition('ServiceRequest', current.status, input.to);
    }
    await applyServiceCounters(
      trx,
      requestDelta(asOwned(request), { ...asOwned(request), status: input.to }),
    );
    if (releasesPlace(input.to)) {
      await trx
        .updateTable('service_programs')
        .set((eb) => ({ taken: eb('taken', '-', 1) }))
        .where('id', '=', request.programId)
        .where('taken', '>', 0)
        .execute();
    }
    if (input.to === 'COMPLETED') {
      // A completed request counts as participation (one row per request, by its unique key).
      await trx
        .insertInto('participations')
        .values({
          id: newId(),
          member_id: request.memberId,
          org_id: request.orgId,
          region_code: request.regionCode,
          program_id: request.programId,
          category: request.category,
          activity_key: requestKey(request.id),
          activity_on: todayIso(),
          source: 'REQUEST',
          request_id: request.id,
          recorded_by: ctx.identity!.sub,
          created_at: now,
        })
        .execute();
      await countParticipationByKey(trx, request.memberId, requestKey(request.id));
    }
  });
  return loadRequestForWrite(ctx, request.id);
}

/** The member rates a completed request once, 1 to 5, with an optional comment. */
export async function rateRequest(ctx: Context, raw: unknown): Promise<ServiceRequest> {
  const input = parseInput(rateRequestInput, raw);
  const request = await loadRequestForWrite(ctx, input.id);
  if (ctx.identity?.role !== 'MEMBER' || ctx.identity.member !== request.memberId)
    throw forbidden('Only the member who was served may rate a request');
  if (request.status !== 'COMPLETED')
    throw conflict(`Only a COMPLETED request can be rated (it is ${request.status})`, { field: 'input.id' });
  const now = toDbTimestamp();
  const rated = await inTransaction(ctx.db, async (trx) => {
    const result = await trx
      .updateTable('service_requests')
      .set({
        rating: input.rating,
        rating_comment: input.comment ?? null,
        rated_at: now,
        version: request.version + 1,
        updated_at: now,
      })
      .where('id', '=', request.id)
      .where('status', '=', 'COMPLETED')
      .where('rating', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1)
      await applyServiceCounters(
        trx,
        requestDelta({ ...asOwned(request), rating: null }, { ...asOwned(request), rating: input.rating }),
      );
    return result;
  });
  if (Number(rated.numUpdatedRows) !== 1)
    throw conflict('The request has already been rated', { field: 'input.id' });
  return loadRequestForWrite(ctx, request.id);
}
