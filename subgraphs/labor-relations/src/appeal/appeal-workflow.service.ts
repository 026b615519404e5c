import {
  assertLinked,
  badUserInput,
  conflict,
  forbidden,
  invalidStateTransition,
  parseInput,
  type LinkTarget,
} from '@union/kit';
import type { Context } from '../context';
import { addDays } from '../shared/dates';
import { assertAppealAction, isOpenAppeal } from './appeal-status';
import {
  appealMoveInput,
  appealNoteInput,
  callBackInput,
  dispatchAppealInput,
  escalateAppealInput,
  rateAppealInput,
  resolveAppealInput,
  returnAppealInput,
  startAppealInput,
} from './appeal.inputs';
import type { Satisfaction, WorkerAppeal, WorkerAppealUpdate } from './appeal.table';
import {
  assertVersion,
  loadAppeal,
  loadForHandling,
  writeAppeal,
  type AppealEventSpec,
} from './appeal-write';
import { mayHandle } from './appeal-scope';

/** UNREACHABLE is recorded as the call-back result only after this many attempts. */
export const CALL_ATTEMPTS_BEFORE_UNREACHABLE = 3;

const OPEN_AGAIN: WorkerAppealUpdate = {
  resolved_on: null,
  outcome: null,
  resolution: null,
  satisfaction: null,
  called_back_on: null,
  callback_attempts: 0,
};

/** RECEIVED → ACCEPTED: the receiving federation's line takes it in. */
export async function acceptAppeal(ctx: Context, raw: unknown) {
  const input = parseInput(appealMoveInput, raw);
  const a = await loadForHandling(ctx, input.id);
  const to = assertAppealAction('accept', a.status);
  assertVersion(a, input.expectedVersion);
  return writeAppeal(ctx, a, { status: to, accepted_on: ctx.today }, [
    { kind: 'TRANSITION', from: a.status, to, note: input.note },
  ]);
}

/**
 * ACCEPTED | IN_PROGRESS → DISPATCHED to a federation or union below the current handler and
 * inside the dispatcher's own scope. Never up (escalateAppeal does that) nor sideways. When the
 * receiver lies below the appeal's region, the appeal's region narrows to the receiver's.
 */
export async function dispatchAppeal(ctx: Context, raw: unknown) {
  const input = parseInput(dispatchAppealInput, raw);
  const a = await loadForHandling(ctx, input.id);
  const to = assertAppealAction('dispatch', a.status);
  assertVersion(a, input.expectedVersion);
  const field = 'input.organizationId';
  const org = await ctx.facts.organization(input.organizationId);
  assertLinked<LinkTarget>(
    ctx.identity,
    org ? { id: org.id, regionCode: org.regionCode, orgId: org.id } : null,
    { field, entity: 'Organization', rule: 'WRITE', message: 'is outside your jurisdiction' },
  );
  if (org!.status !== 'ACTIVE') throw conflict(`The organization is ${org!.status}`, { field });
  const h = a.handlerRegionCode;
  const down =
    org!.id !== a.handlerOrgId &&
    org!.regionCode.startsWith(h) &&
    (org!.regionCode.length > h.length || (a.handlerKind === 'FEDERATION' && org!.kind !== 'FEDERATION'));
  if (!down) {
    throw badUserInput(
      field,
      `${field}: an appeal is dispatched down the hierarchy only (escalateAppeal moves it up)`,
    );
  }
  let region = a.regionCode;
  if (!region.startsWith(org!.regionCode)) {
    if (!org!.regionCode.startsWith(region)) {
      throw badUserInput(field, `${field}: must lie in the region the appeal concerns`);
    }
    region = org!.regionCode;
  }
  return writeAppeal(
    ctx,
    a,
    {
      status: to,
      region_code: region,
      handler_org_id: org!.id,
      handler_region_code: org!.regionCode,
      handler_kind: org!.kind,
      from_org_id: a.handlerOrgId,
      from_region_code: a.handlerRegionCode,
      from_kind: a.handlerKind,
      assignee: null,
    },
    [{ kind: 'TRANSITION', from: a.status, to, note: input.note, internal: true }],
  );
}

/** DISPATCHED → ACCEPTED back at the level that dispatched it, with the receiver's reason. */
export async function returnAppeal(ctx: Context, raw: unknown) {
  const input = parseInput(returnAppealInput, raw);
  const a = await loadForHandling(ctx, input.id);
  const to = assertAppealAction('return', a.status);
  assertVersion(a, input.expectedVersion);
  const row = a.row;
  return writeAppeal(
    ctx,
    a,
    {
      status: to,
      handler_org_id: row.from_org_id,
      handler_region_code: row.from_region_code ?? row.handler_region_code,
      handler_kind: row.from_kind ?? 'FEDERATION',
      from_org_id: null,
      from_region_code: null,
      from_kind: null,
      assignee: null,
    },
    [{ kind: 'TRANSITION', from: a.status, to, note: input.reason, internal: true }],
  );
}

/** ACCEPTED | DISPATCHED → IN_PROGRESS, assigned to a staff subject (the caller's when none is given). */
export async function startAppeal(ctx: Context, raw: unknown) {
  const input = parseInput(startAppealInput, raw);
  const a = await loadForHandling(ctx, input.id);
  const to = assertAppealAction('start', a.status);
  assertVersion(a, input.expectedVersion);
  return writeAppeal(
    ctx,
    a,
    {
      status: to,
      assignee: (input.assignee ?? ctx.identity!.sub).slice(0, 100),
      accepted_on: a.acceptedOn ?? ctx.today,
    },
    [{ kind: 'TRANSITION', from: a.status, to, note: input.note, internal: true }],
  );
}

/** IN_PROGRESS → RESOLVED with an outcome and the resolution the worker is told. */
export async function resolveAppeal(ctx: Context, raw: unknown) {
  const input = parseInput(resolveAppealInput, raw);
  const a = await loadForHandling(ctx, input.id);
  const to = assertAppealAction('resolve', a.status);
  assertVersion(a, input.expectedVersion);
  return writeAppeal(
    ctx,
    a,
    {
      status: to,
      resolved_on: ctx.today,
      outcome: input.outcome,
      resolution: input.resolution,
      callback_attempts: 0,
    },
    [{ kind: 'TRANSITION', from: a.status, to, note: input.resolution }],
  );
}

/**
 * The worker's satisfaction, from a return call or the member's own rating: RESOLVED →
 * CALLED_BACK; a first DISSATISFIED reopens it at once (CALLED_BACK → IN_PROGRESS, a new due date).
 */
async function recordSatisfaction(
  ctx: Context,
  a: WorkerAppeal,
  satisfaction: Satisfaction,
  note: string | null | undefined,
  internal: boolean,
) {
  const to = assertAppealAction('callBack', a.status);
  const events: AppealEventSpec[] = [
    { kind: 'TRANSITION', from: a.status, to, satisfaction, note, internal },
  ];
  let patch: WorkerAppealUpdate = { status: to, satisfaction, called_back_on: ctx.today };
  if (satisfaction === 'DISSATISFIED' && a.reopenCount === 0) {
    const reopened = assertAppealAction('reopen', to);
    patch = {
      ...OPEN_AGAIN,
      status: reopened,
      reopen_count: 1,
      due_on: addDays(ctx.today, ctx.appealDeadlines[a.kind]),
    };
    events.push({
      kind: 'TRANSITION',
      from: to,
      to: reopened,
      note: 'reopened: the worker was not satisfied',
    });
  }
  return writeAppeal(ctx, a, patch, events);
}

/** Staff record a return call; UNREACHABLE counts attempts and becomes the result at the third. */
export async function recordAppealCallBack(ctx: Context, raw: unknown) {
  const input = parseInput(callBackInput, raw);
  const a = await loadForHandling(ctx, input.id);
  assertAppealAction('callBack', a.status);
  assertVersion(a, input.expectedVersion);
  if (input.satisfaction === 'UNREACHABLE') {
    const attempts = a.callbackAttempts + 1;
    if (attempts < CALL_ATTEMPTS_BEFORE_UNREACHABLE) {
      return writeAppeal(ctx, a, { callback_attempts: attempts }, [
        { kind: 'CALL_ATTEMPT', note: input.note, internal: true, satisfaction: 'UNREACHABLE' },
      ]);
    }
    return writeAppeal(
      ctx,
      a,
      {
        status: 'CALLED_BACK',
        callback_attempts: attempts,
        satisfaction: 'UNREACHABLE',
        called_back_on: ctx.today,
      },
      [
        {
          kind: 'TRANSITION',
          from: a.status,
          to: 'CALLED_BACK',
          satisfaction: 'UNREACHABLE',
          note: input.note,
          internal: true,
        },
      ],
    );
  }
  return recordSatisfaction(ctx, a, input.satisfaction, input.note, false);
}

/** A MEMBER rates the resolution of its own appeal (a call-back record made by the worker). */
export async function rateAppeal(ctx: Context, raw: unknown) {
  const input = parseInput(rateAppealInput, raw);
  const a = await loadAppeal(ctx, input.id);
  if (ctx.identity?.role !== 'MEMBER' || a.memberId !== ctx.identity.member) {
    throw forbidden('Only the member who raised the appeal rates it');
  }
  return recordSatisfaction(ctx, a, input.satisfaction, input.comment, false);
}

/** One level up: the county for a union, the city for a county, the province for a city. */
export function levelAbove(
  a: Pick<WorkerAppeal, 'handlerOrgId' | 'handlerKind' | 'handlerRegionCode'>,
): string | null {
  const h = a.handlerRegionCode;
  if (a.handlerOrgId && a.handlerKind !== 'FEDERATION') return h.length > 6 ? h.slice(0, 6) : h;
  if (h.length > 6) return h.slice(0, 6);
  if (h.length > 4) return h.slice(0, 4);
  if (h.length > 2) return h.slice(0, 2);
  return null;
}

/**
 * An overdue open appeal, or one dissatisfied again after reopening, goes one level up: ACCEPTED at
 * the federation line above, with a new due date (督办).
 */
export async function escalateAppeal(ctx: Context, raw: unknown) {
  const input = parseInput(escalateAppealInput, raw);
  const a = await loadForHandling(ctx, input.id);
  const to = assertAppealAction('escalate', a.status);
  assertVersion(a, input.expectedVersion);
  const overdue = isOpenAppeal(a.status) && a.dueOn < ctx.today;
  const dissatisfiedAgain =
    a.status === 'CALLED_BACK' && a.satisfaction === 'DISSATISFIED' && a.reopenCount >= 1;
  if (!overdue && !dissatisfiedAgain) throw invalidStateTransition('WorkerAppeal', a.status, to);
  const up = levelAbove(a);
  if (!up) throw conflict('The appeal is already with the provincial line', { field: 'input.id' });
  return writeAppeal(
    ctx,
    a,
    {
      ...(a.status === 'CALLED_BACK' ? OPEN_AGAIN : {}),
      status: to,
      handler_org_id: null,
      handler_region_code: up,
      handler_kind: 'FEDERATION',
      from_org_id: null,
      from_region_code: null,
      from_kind: null,
      assignee: null,
      accepted_on: ctx.today,
      escalation_count: a.escalationCount + 1,
      due_on: addDays(ctx.today, ctx.appealDeadlines[a.kind]),
    },
    [{ kind: 'TRANSITION', from: a.status, to, note: input.reason, internal: true }],
  );
}

/** CALLED_BACK → CLOSED: nothing closes without a call-back record. */
export async function closeAppeal(ctx: Context, raw: unknown) {
  const input = parseInput(appealMoveInput, raw);
  const a = await loadForHandling(ctx, input.id);
  const to = assertAppealAction('close', a.status);
  assertVersion(a, input.expectedVersion);
  return writeAppeal(ctx, a, { status: to, closed_on: ctx.today }, [
    { kind: 'TRANSITION', from: a.status, to, note: input.note },
  ]);
}

/**
 * A note without a change of state. Staff notes are internal unless `public: true`; a MEMBER adds
 * information to its own appeal (always visible to it).
 */
export async function addAppealNote(ctx: Context, raw: unknown) {
  const input = parseInput(appealNoteInput, raw);
  const a = await loadAppeal(ctx, input.id);
  const member = ctx.identity?.role === 'MEMBER';
  if (member ? a.memberId !== ctx.identity!.member : !mayHandle(ctx.identity, a)) {
    throw forbidden('You may not add to this appeal');
  }
  if (a.status === 'CLOSED') throw conflict('A closed appeal takes no more notes', { field: 'input.id' });
  return writeAppeal(ctx, a, {}, [
    member
      ? { kind: 'INFO_ADDED', note: input.note }
      : { kind: 'NOTE', note: input.note, internal: input.public !== true },
  ]);
}
