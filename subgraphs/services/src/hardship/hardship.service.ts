import {
  assertStaffMayWrite,
  badUserInput,
  conflict,
  inTransaction,
  invalidStateTransition,
  isUniqueViolation,
  newId,
  notFound,
  parseInput,
  todayIso,
  toDbTimestamp,
} from '@union/kit';
import { memberLink } from '../access/link-checks';
import type { Context } from '../context';
import { applyServiceCounters, asOwned, caseDelta } from '../stats/service-counters';
import { closeCaseInput, openCaseInput, relieveCaseInput, updateCaseInput } from './hardship.inputs';
import {
  encodeReasons,
  toHardshipCase,
  type HardshipCase,
  type HardshipCaseRow,
  type HardshipCaseUpdate,
  type HardshipStatus,
} from './hardship.table';

export async function loadCaseForWrite(ctx: Context, id: string, field = 'input.id'): Promise<HardshipCase> {
  const row = await ctx.db.selectFrom('hardship_cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('HardshipCase', field);
  return toHardshipCase(row);
}

/** Opens a case for a member in the caller's jurisdiction; a second open case is refused by the unique key. */
export async function openCase(ctx: Context, raw: unknown): Promise<HardshipCase> {
  const input = parseInput(openCaseInput, raw);
  const member = await memberLink(ctx, input.memberId, 'input.memberId');
  const now = toDbTimestamp();
  const row: HardshipCaseRow = {
    id: newId(),
    member_id: member.id,
    org_id: member.orgId,
    region_code: member.regionCode,
    level: input.level,
    reasons: encodeReasons(input.reasons),
    household_size: input.householdSize,
    income_per_head_cents: input.monthlyIncomePerHeadCents,
    status: 'OPEN',
    open_marker: 1,
    opened_on: input.openedOn ?? todayIso(),
    relieved_on: null,
    closed_on: null,
    close_reason: null,
    note: input.note ?? null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  try {
    await inTransaction(ctx.db, async (trx) => {
      await trx.insertInto('hardship_cases').values(row).execute();
      await applyServiceCounters(trx, caseDelta(null, row));
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('The member already has an open hardship case', { field: 'input.memberId' });
    throw error;
  }
  return toHardshipCase(row);
}

export async function updateCase(ctx: Context, raw: unknown): Promise<HardshipCase> {
  const input = parseInput(updateCaseInput, raw);
  const current = await loadCaseForWrite(ctx, input.id);
  assertStaffMayWrite(ctx.identity, current);
  if (current.status !== 'OPEN') throw conflict(`A ${current.status} case can no longer be changed`);
  const changes: HardshipCaseUpdate = {};
  if (input.level) changes.level = input.level;
  if (input.reasons) changes.reasons = encodeReasons(input.reasons);
  if (input.householdSize != null) changes.household_size = input.householdSize;
  if (input.monthlyIncomePerHeadCents != null)
    changes.income_per_head_cents = input.monthlyIncomePerHeadCents;
  if (input.note !== undefined) changes.note = input.note ?? null;
  const result = await inTransaction(ctx.db, async (trx) => {
    const updated = await trx
      .updateTable('hardship_cases')
      .set({ ...changes, version: input.expectedVersion + 1, updated_at: toDbTimestamp() })
      .where('id', '=', current.id)
      .where('version', '=', input.expectedVersion)
      .where('status', '=', 'OPEN')
      .executeTakeFirst();
    // The version guard held, so the case moved from `current` (OPEN) to its new level.
    if (Number(updated.numUpdatedRows) === 1 && changes.level && changes.level !== current.level)
      await applyServiceCounters(
        trx,
        caseDelta(asOwned(current), { ...asOwned(current), level: changes.level }),
      );
    return updated;
  });
  if (Number(result.numUpdatedRows) !== 1)
    throw conflict('Case was changed by someone else; reload it and try again', {
      field: 'input.expectedVersion',
    });
  return loadCaseForWrite(ctx, current.id);
}

/** The case state machine: OPEN → RELIEVED (解困脱困) or OPEN → CLOSED; both are final. */
async function moveCase(
  ctx: Context,
  id: string,
  to: Exclude<HardshipStatus, 'OPEN'>,
  changes: HardshipCaseUpdate,
): Promise<HardshipCase> {
  const current = await loadCaseForWrite(ctx, id);
  assertStaffMayWrite(ctx.identity, current);
  if (current.status !== 'OPEN') throw invalidStateTransition('HardshipCase', current.status, to);
  const result = await inTransaction(ctx.db, async (trx) => {
    const moved = await trx
      .updateTable('hardship_cases')
      .set({
        ...changes,
        status: to,
        open_marker: null,
        version: current.version + 1,
        updated_at: toDbTimestamp(),
      })
      .where('id', '=', current.id)
      .where('status', '=', 'OPEN')
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 1) {
      // Re-read in the transaction: the level is the one the case had when it left OPEN.
      const after = await trx
        .selectFrom('hardship_cases')
        .select(['region_code', 'org_id', 'level', 'status'])
        .where('id', '=', current.id)
        .executeTakeFirstOrThrow();
      await applyServiceCounters(trx, caseDelta({ ...after, status: 'OPEN' }, after));
    }
    return moved;
  });
  if (Number(result.numUpdatedRows) !== 1) {
    const now = await loadCaseForWrite(ctx, id);
    throw invalidStateTransition('HardshipCase', now.status, to);
  }
  return loadCaseForWrite(ctx, id);
}

export async function relieveCase(ctx: Context, raw: unknown): Promise<HardshipCase> {
  const input = parseInput(relieveCaseInput, raw);
  const relievedOn = input.relievedOn ?? todayIso();
  const current = await loadCaseForWrite(ctx, input.id);
  if (relievedOn < current.openedOn)
    throw badUserInput('input.relievedOn', 'input.relievedOn: must not be before the case was opened');
  return moveCase(ctx, input.id, 'RELIEVED', { relieved_on: relievedOn });
}

export async function closeCase(ctx: Context, raw: unknown): Promise<HardshipCase> {
  const input = parseInput(closeCaseInput, raw);
  return moveCase(ctx, input.id, 'CLOSED', { closed_on: todayIso(), close_reason: input.reason });
}
