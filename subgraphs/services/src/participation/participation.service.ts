import { inTransaction, newId, parseInput, staffMayWrite, toDbTimestamp } from '@union/kit';
import { memberLinks, programLink } from '../access/link-checks';
import type { Context } from '../context';
import { checkInInput, recordParticipationInput } from './participation.inputs';
import { findByActivity, insertParticipationsIdempotently } from './participation.repository';
import { checkInKey, type Participation, type ParticipationRow } from './participation.table';
import { countParticipations, insertedOnly } from '../stats/service-counters';

export interface CheckInResult {
  /** Rows written by this call. */
  recorded: number;
  /** Members who were already checked in to this activity (a retry or a second list). */
  alreadyRecorded: number;
  participations: Participation[];
}

/**
 * Records attendance at one activity (a program on a date) for a list of members, all or nothing:
 * every member is looked up in the members subgraph first; an unknown member or one outside both
 * the program's covered region and the caller's jurisdiction refuses the whole list.
 */
export async function checkIn(
  ctx: Context,
  input: { programId: string; activityOn: string; memberIds: string[] },
  field: (index: number) => string,
): Promise<CheckInResult> {
  const program = await programLink(ctx, input.programId, 'input.programId');
  const memberIds = [...new Set(input.memberIds)];
  const facts = await memberLinks(
    ctx,
    memberIds,
    (i) => field(input.memberIds.indexOf(memberIds[i]!)),
    (identity, m) =>
      m.regionCode.startsWith(program.coveredRegion) ||
      staffMayWrite(identity, { regionCode: m.regionCode, orgId: m.orgId ?? '' }),
  );
  const key = checkInKey(program.id, input.activityOn);
  const now = toDbTimestamp();
  return inTransaction(ctx.db, async (trx) => {
    const before = await findByActivity(trx, memberIds, key);
    const seen = new Set(before.map((p) => p.memberId));
    const rows: ParticipationRow[] = facts
      .filter((m) => m && !seen.has(m.id))
      .map((m) => ({
        id: newId(),
        member_id: m!.id,
        org_id: m!.orgId,
        region_code: m!.regionCode,
        program_id: program.id,
        category: program.category,
        activity_key: key,
        activity_on: input.activityOn,
        source: 'CHECK_IN' as const,
        request_id: null,
        recorded_by: ctx.identity!.sub,
        created_at: now,
      }));
    await insertParticipationsIdempotently(trx, rows);
    const after = await findByActivity(trx, memberIds, key);
    await countParticipations(trx, insertedOnly(rows, after));
    return { recorded: after.length - before.length, alreadyRecorded: before.length, participations: after };
  });
}

export function checkInParticipants(ctx: Context, raw: unknown): Promise<CheckInResult> {
  const input = parseInput(checkInInput, raw);
  return checkIn(ctx, input, (i) => `input.memberIds.${i}`);
}

export function recordParticipation(ctx: Context, raw: unknown): Promise<CheckInResult> {
  const input = parseInput(recordParticipationInput, raw);
  return checkIn(ctx, { ...input, memberIds: [input.memberId] }, () => 'input.memberId');
}
