import { assertLinked, badUserInput, conflict, newId, parseInput, toDbTimestamp } from '@union/kit';
import { assertCanWrite } from '../access/write-access';
import type { Context } from '../context';
import { ensureCaseCounter, nextCaseNumber } from '../dispute/case-number';
import { recordDisputeEvent } from '../dispute/dispute.events';
import { COLLECTIVE_HEADCOUNT, type DisputeCategory, type LaborDisputeTable } from '../dispute/dispute.table';
import { requireActiveOrganization } from '../facts/require-organization';
import { countNewDispute } from '../stats/labor-counters';
import { isOpenAppeal } from './appeal-status';
import { convertAppealInput, linkServiceRequestInput } from './appeal.inputs';
import { loadForHandling, writeAppeal } from './appeal-write';

const DISPUTE_CATEGORIES = new Set<string>([
  'WAGE_ARREARS',
  'CONTRACT',
  'SOCIAL_INSURANCE',
  'WORKING_HOURS',
  'OCCUPATIONAL_INJURY',
  'DISMISSAL',
]);

/**
 * Converts an open appeal into a LaborDispute (REPORTED, with its own case number) in one
 * transaction with the link on the appeal and an entry on both timelines. The appeal keeps its own
 * workflow (it is resolved and called back as usual); the member who raised it becomes the
 * dispute's claimant when it belongs to the organization concerned.
 */
export async function convertAppealToDispute(ctx: Context, raw: unknown) {
  const input = parseInput(convertAppealInput, raw);
  const a = await loadForHandling(ctx, input.id);
  if (!isOpenAppeal(a.status)) throw conflict(`A ${a.status} appeal is not converted`, { field: 'input.id' });
  if (a.disputeId) throw conflict('The appeal is already linked to a dispute', { field: 'input.id' });
  if (!a.orgId)
    throw badUserInput('input.id', 'input.id: the appeal names no organization to report a dispute at');
  const org = await requireActiveOrganization(ctx, a.orgId, 'input.id');
  assertCanWrite(ctx.identity, { regionCode: org.regionCode, orgId: org.id });
  const claimants: string[] = [];
  if (a.memberId) {
    const [member] = await ctx.facts.members([a.memberId]);
    if (member?.orgId === org.id) claimants.push(member.id);
  }
  const headcount = Math.max(input.headcount ?? 1, claimants.length);
  const city = org.regionCode.slice(0, 4);
  const year = Number(ctx.today.slice(0, 4));
  await ensureCaseCounter(ctx.db, city, year);
  const disputeId = newId();
  return writeAppeal(
    ctx,
    a,
    { dispute_id: disputeId },
    [{ kind: 'LINKED', note: 'converted into a labor dispute' }],
    async (trx) => {
      const now = toDbTimestamp();
      const row: LaborDisputeTable = {
        id: disputeId,
        case_number: await nextCaseNumber(trx, city, year),
        org_id: org.id,
        region_code: org.regionCode,
        employer_id: org.employerId,
        category: (DISPUTE_CATEGORIES.has(a.category) ? a.category : 'OTHER') as DisputeCategory,
        summary: a.summary,
        headcount,
        is_collective: headcount >= COLLECTIVE_HEADCOUNT ? 1 : 0,
        amount_claimed_cents: input.amountClaimedCents ?? 0,
        amount_recovered_cents: 0,
        risk_level: input.riskLevel ?? 'MEDIUM',
        status: 'REPORTED',
        legal_aid_request_id: null,
        reported_on: ctx.today,
        closed_on: null,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await trx.insertInto('labor_disputes').values(row).execute();
      await countNewDispute(trx, row);
      if (claimants.length > 0) {
        await trx
          .insertInto('dispute_claimants')
          .values(
            claimants.map((m) => ({
              dispute_id: disputeId,
              member_id: m,
              org_id: org.id,
              region_code: org.regionCode,
            })),
          )
          .execute();
      }
      await recordDisputeEvent(
        trx,
        ctx,
        { id: disputeId, orgId: org.id, regionCode: org.regionCode },
        { kind: 'REPORTED', to: 'REPORTED', note: `from worker appeal ${a.number}` },
      );
    },
  );
}

/**
 * Links an appeal to the ServiceRequest it is handled through (services owns it): asked of
 * services as SERVICE and judged against the caller (kit assertLinked, READ: a request the caller
 * could see; unknown → NOT_FOUND, outside → FORBIDDEN, naming input.serviceRequestId).
 */
export async function linkAppealToServiceRequest(ctx: Context, raw: unknown) {
  const input = parseInput(linkServiceRequestInput, raw);
  const a = await loadForHandling(ctx, input.id);
  if (a.status === 'CLOSED') throw conflict('A closed appeal is not linked any more', { field: 'input.id' });
  const field = 'input.serviceRequestId';
  const request = assertLinked(ctx.identity, await ctx.facts.serviceRequest(input.serviceRequestId), {
    field,
    entity: 'ServiceRequest',
    rule: 'READ',
    message: 'names a service request outside your jurisdiction',
  });
  if (a.orgId && request.orgId !== a.orgId && !request.regionCode.startsWith(a.regionCode.slice(0, 4))) {
    throw badUserInput(field, `${field}: belongs to another organization and city`);
  }
  return writeAppeal(ctx, a, { service_request_id: request.id }, [
    { kind: 'LINKED', note: 'linked to a service request', internal: true },
  ]);
}
