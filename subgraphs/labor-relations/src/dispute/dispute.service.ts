import {
  badUserInput,
  conflict,
  inTransaction,
  newId,
  notFound,
  parseInput,
  toDbTimestamp,
  assertStaffMayWrite,
} from '@union/kit';
import { claimantLinks, legalAidRequestLink } from '../access/link-checks';
import { WRITE_DENIED } from '../access/write-denied';
import type { Context } from '../context';
import { requireActiveOrganization } from '../facts/require-organization';
import { countDisputeChange, countNewDispute, disputeForCounters } from '../stats/labor-counters';
import { ensureCaseCounter, nextCaseNumber } from './case-number';
import { DISPUTE_WORKFLOW } from './dispute-status';
import { recordDisputeEvent } from './dispute.events';
import { disputeNoteInput, moveDisputeInput, reportDisputeInput } from './dispute.inputs';
import { findDisputesByIds } from './dispute.repository';
import { COLLECTIVE_HEADCOUNT, type LaborDispute, type NewLaborDispute } from './dispute.table';

const ALL = { kind: 'ALL' } as const;

async function loadForWrite(ctx: Context, id: string): Promise<LaborDispute> {
  const [dispute] = await findDisputesByIds(ctx.db, [id], ALL);
  if (!dispute) throw notFound('LaborDispute', 'input.id');
  assertStaffMayWrite(ctx.identity, dispute, WRITE_DENIED);
  return dispute;
}

async function reread(ctx: Context, id: string): Promise<LaborDispute> {
  const [dispute] = await findDisputesByIds(ctx.db, [id], ALL);
  return dispute!;
}

/** Every named claimant must be a member of the organization the dispute is about (asked of members). */
async function assertClaimants(ctx: Context, memberIds: string[], orgId: string): Promise<void> {
  const seen = new Set<string>();
  memberIds.forEach((id, i) => {
    if (seen.has(id))
      throw badUserInput(`input.claimantMemberIds.${i}`, `input.claimantMemberIds.${i}: listed twice`);
    seen.add(id);
  });
  await claimantLinks(ctx, memberIds, orgId);
}

/**
 * Reports a dispute: REPORTED, with a case number unique per city and year, its claimants and the
 * first timeline entry, all in one transaction.
 */
export async function reportDispute(ctx: Context, raw: unknown): Promise<LaborDispute> {
  const input = parseInput(reportDisputeInput, raw);
  const reportedOn = input.reportedOn ?? ctx.today;
  if (reportedOn > ctx.today)
    throw badUserInput('input.reportedOn', 'input.reportedOn: must not be in the future');
  if (input.headcount < input.claimantMemberIds.length) {
    throw badUserInput('input.headcount', 'input.headcount: must count at least the named claimants');
  }
  const org = await requireActiveOrganization(ctx, input.organizationId, 'input.organizationId');
  assertStaffMayWrite(ctx.identity, { regionCode: org.regionCode, orgId: org.id }, WRITE_DENIED);
  await assertClaimants(ctx, input.claimantMemberIds, org.id);
  if (input.legalAidRequestId) await legalAidRequestLink(ctx, input.legalAidRequestId);

  const city = org.regionCode.slice(0, 4);
  const year = Number(reportedOn.slice(0, 4));
  await ensureCaseCounter(ctx.db, city, year);
  const now = toDbTimestamp();
  const id = newId();
  await inTransaction(ctx.db, async (trx) => {
    const row: NewLaborDispute = {
      id,
      case_number: await nextCaseNumber(trx, city, year),
      org_id: org.id,
      region_code: org.regionCode,
      employer_id: org.employerId,
      category: input.category,
      summary: input.summary,
      headcount: input.headcount,
      is_collective: input.headcount >= COLLECTIVE_HEADCOUNT ? 1 : 0,
      amount_claimed_cents: input.amountClaimedCents,
      amount_recovered_cents: 0,
      risk_level: input.riskLevel,
      status: 'REPORTED',
      legal_aid_request_id: input.legalAidRequestId ?? null,
      reported_on: reportedOn,
      closed_on: null,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('labor_disputes').values(row).execute();
    await countNewDispute(trx, row);
    if (input.claimantMemberIds.length > 0) {
      await trx
        .insertInto('dispute_claimants')
        .values(
          input.claimantMemberIds.map((memberId) => ({
            dispute_id: id,
            member_id: memberId,
            org_id: org.id,
            region_code: org.regionCode,
          })),
        )
        .execute();
    }
    await recordDisputeEvent(
      trx,
      ctx,
      { id, orgId: org.id, regionCode: org.regionCode },
      {
        kind: 'REPORTED',
        to: 'REPORTED',
        note: null,
      },
    );
  });
  return reread(ctx, id);
}

/** One move of the state machine, recorded on the timeline; compare-and-set on (status, version). */
export async function moveDispute(ctx: Context, raw: unknown): Promise<LaborDispute> {
  const input = parseInput(moveDisputeInput, raw);
  const dispute = await loadForWrite(ctx, input.id);
  DISPUTE_WORKFLOW.assert(dispute.status, input.to);
  if (input.expectedVersion != null && input.expectedVersion !== dispute.version) {
    throw conflict('The dispute was changed by someone else; reload it and try again', {
      field: 'input.expectedVersion',
    });
  }
  if (input.amountRecoveredCents != null && input.amountRecoveredCents > dispute.amountClaimedCents) {
    throw badUserInput(
      'input.amountRecoveredCents',
      'input.amountRecoveredCents: must not exceed the amount claimed',
    );
  }
  await inTransaction(ctx.db, async (trx) => {
    const counted = await disputeForCounters(trx, dispute.id);
    const result = await trx
      .updateTable('labor_disputes')
      .set({
        status: input.to,
        ...(input.amountRecoveredCents != null ? { amount_recovered_cents: input.amountRecoveredCents } : {}),
        ...(input.to === 'CLOSED' ? { closed_on: ctx.today } : {}),
        version: dispute.version + 1,
        updated_at: toDbTimestamp(),
      })
      .where('id', '=', dispute.id)
      .where('status', '=', dispute.status)
      .where('version', '=', dispute.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1)
      throw conflict('The dispute was changed concurrently; try again');
    await countDisputeChange(trx, counted, dispute.id);
    await recordDisputeEvent(trx, ctx, dispute, {
      kind: 'TRANSITION',
      from: dispute.status,
      to: input.to,
      note: input.note ?? null,
    });
  });
  return reread(ctx, dispute.id);
}

/** A note on the timeline (a call, a visit, a mediation session) without a change of state. */
export async function addDisputeNote(ctx: Context, raw: unknown): Promise<LaborDispute> {
  const input = parseInput(disputeNoteInput, raw);
  const dispute = await loadForWrite(ctx, input.id);
  await inTransaction(ctx.db, async (trx) => {
    await trx
      .updateTable('labor_disputes')
      .set({ updated_at: toDbTimestamp() })
      .where('id', '=', dispute.id)
      .execute();
    await recordDisputeEvent(trx, ctx, dispute, { kind: 'NOTE', note: input.note });
  });
  return reread(ctx, dispute.id);
}
