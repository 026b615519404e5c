import {
  assertLinked,
  badUserInput,
  conflict,
  newId,
  parseInput,
  toDbTimestamp,
  type LinkTarget,
  assertStaffMayWrite,
} from '@union/kit';
import { WRITE_DENIED } from '../access/write-denied';
import type { Context } from '../context';
import { ensureCaseCounter, nextCaseNumber } from '../dispute/case-number';
import { recordDisputeEvent } from '../dispute/dispute.events';
import { COLLECTIVE_HEADCOUNT, type DisputeCategory, type LaborDisputeRow } from '../dispute/dispute.table';
import { requireActiveOrganization } from '../facts/require-organization';
import { countNewDispute } from '../stats/labor-counters';
import { isOpenAppeal } from './appeal-status';
import { convertAppealInput, linkHardshipCaseInput, linkServiceRequestInput } from './appeal.inputs';
import type { WorkerAppeal } from './appeal.table';
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
  assertStaffMayWrite(ctx.identity, { regionCode: org.regionCode, orgId: org.id }, WRITE_DENIED);
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
      const row: LaborDisputeRow = {
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
 * What an appeal is handled through in services, and who owns the link: the row's facts (asked of
 * services as SERVICE), the column and the timeline note.
 */
interface ServicesLink {
  field: string;
  entity: 'ServiceRequest' | 'HardshipCase';
  column: 'service_request_id' | 'hardship_case_id';
  current: (a: WorkerAppeal) => string | null;
  note: string;
  message: string;
}

/**
 * The one rule of both services links (kit assertLinked, READ: a row the caller could see, judged
 * against the caller's own identity; unknown → NOT_FOUND, outside → FORBIDDEN, naming the field;
 * then it must be of the appeal's organization or city → BAD_USER_INPUT), checked before anything
 * is stored. Re-linking the row already linked is idempotent: the same checks, then the appeal
 * as it is (no new version, no timeline entry). Linking another row replaces the link, with an
 * entry on the timeline.
 */
async function linkToServices(
  ctx: Context,
  input: { id: string },
  targetId: string,
  link: ServicesLink,
  lookup: (id: string) => Promise<LinkTarget | null>,
): Promise<WorkerAppeal> {
  const a = await loadForHandling(ctx, input.id);
  if (a.status === 'CLOSED') throw conflict('A closed appeal is not linked any more', { field: 'input.id' });
  const { field } = link;
  const target = assertLinked(ctx.identity, await lookup(targetId), {
    field,
    entity: link.entity,
    rule: 'READ',
    message: link.message,
  });
  if (a.orgId && target.orgId !== a.orgId && !target.regionCode.startsWith(a.regionCode.slice(0, 4))) {
    throw badUserInput(field, `${field}: belongs to another organization and city`);
  }
  const current = link.current(a);
  if (current === target.id) return a;
  return writeAppeal(ctx, a, { [link.column]: target.id }, [
    {
      kind: 'LINKED',
      note: current ? `${link.note} (replacing the previous one)` : link.note,
      internal: true,
    },
  ]);
}

/** Links an appeal to the ServiceRequest it is handled through (services owns it; see linkToServices). */
export async function linkAppealToServiceRequest(ctx: Context, raw: unknown) {
  const input = parseInput(linkServiceRequestInput, raw);
  return linkToServices(
    ctx,
    input,
    input.serviceRequestId,
    {
      field: 'input.serviceRequestId',
      entity: 'ServiceRequest',
      column: 'service_request_id',
      current: (a) => a.serviceRequestId,
      note: 'linked to a service request',
      message: 'names a service request outside your jurisdiction',
    },
    (id) => ctx.facts.serviceRequest(id),
  );
}

/**
 * Links an appeal to the member's HardshipCase (困难职工档案) it is handled through: services owns
 * it and shows it only to the member and staff in scope, on `_entities` too (see linkToServices).
 */
export async function linkAppealToHardshipCase(ctx: Context, raw: unknown) {
  const input = parseInput(linkHardshipCaseInput, raw);
  return linkToServices(
    ctx,
    input,
    input.hardshipCaseId,
    {
      field: 'input.hardshipCaseId',
      entity: 'HardshipCase',
      column: 'hardship_case_id',
      current: (a) => a.hardshipCaseId,
      note: 'linked to a hardship case',
      message: 'names a hardship case outside your jurisdiction',
    },
    (id) => ctx.facts.hardshipCase(id),
  );
}
