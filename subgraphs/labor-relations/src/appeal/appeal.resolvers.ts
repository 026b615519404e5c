import { badUserInput, coversRegion, forbidden, unwrapLookup } from '@union/kit';
import type { Context } from '../context';
import type { AppealAction as AppealActionName, Resolvers } from '../generated/resolvers-types';
import { daysBetween } from '../shared/dates';
import { listLimit } from '../shared/per-key-limit';
import { maskedCaller, readCallerValue } from './appeal-pii';
import { isStaff } from './appeal-scope';
import { appealHotspots } from './appeal-stats.repository';
import { allowedAppealActions, APPEAL_WORKFLOW, isOpenAppeal, type AppealAction } from './appeal-status';
import { findAppealByNumberUnscoped, findAppealIdByNumber, pageAppeals } from './appeal.repository';
import type { AppealEvent, WorkerAppeal } from './appeal.table';
import { verifyFollowUpCode } from './follow-up-code';

async function appealOrForbidden(ctx: Context, id: string | null) {
  return id ? unwrapLookup(await ctx.loaders.appeal.load(id)) : null;
}

const isOverdue = (a: WorkerAppeal, ctx: Context) => isOpenAppeal(a.status) && a.dueOn < ctx.today;
const workerView = (ctx: Context) => !isStaff(ctx.identity) && ctx.identity?.role !== 'SERVICE';

/** The worker's view of the timeline: staff-internal notes and call attempts are left out, internal notes emptied. */
function visibleTimeline(ctx: Context, events: AppealEvent[]) {
  if (!workerView(ctx)) return events;
  return events
    .filter((e) => !(e.internal && (e.kind === 'NOTE' || e.kind === 'CALL_ATTEMPT')))
    .map((e) => ({ ...e, note: e.internal ? null : e.note, actor: null }));
}

/** The SDL's name of each action a client may offer (a reopen follows a call-back by itself). */
const ACTION_NAMES = {
  accept: 'ACCEPT',
  dispatch: 'DISPATCH',
  return: 'RETURN',
  start: 'START',
  resolve: 'RESOLVE',
  callBack: 'CALL_BACK',
  escalate: 'ESCALATE',
  close: 'CLOSE',
} as const satisfies Record<Exclude<AppealAction, 'reopen'>, AppealActionName>;

function regionFigures(ctx: Context, code: string): void {
  if (!coversRegion(ctx.scope, code)) throw forbidden('Region figures are outside your jurisdiction');
}

export const appealResolvers = {
  Query: {
    workerAppeal: (_, args, ctx) => appealOrForbidden(ctx, args.id),
    workerAppealByNumber: async (_, args, ctx) =>
      appealOrForbidden(ctx, await findAppealIdByNumber(ctx.db, args.number)),
    appeals: (_, args, ctx) => {
      const days = args.filter?.dueWithinDays;
      if (days != null && (!Number.isInteger(days) || days < 0 || days > 366)) {
        throw badUserInput('filter.dueWithinDays', 'filter.dueWithinDays: must be between 0 and 366');
      }
      return pageAppeals(ctx.db, { scope: ctx.scope, filter: args.filter, args, asOf: ctx.today });
    },
    /** Public: the anonymous caller's follow-up. A wrong number and a wrong code answer alike (null). */
    appealStatus: async (_, args, ctx) => {
      const appeal = await findAppealByNumberUnscoped(ctx.db, args.number);
      const ok = await verifyFollowUpCode(args.code, appeal?.row.follow_up_hash ?? null);
      if (!appeal || !ok) return null;
      const events = await ctx.loaders.appealTimeline.load(appeal.id);
      return {
        number: appeal.number,
        status: appeal.status,
        kind: appeal.kind,
        category: appeal.category,
        channel: appeal.channel,
        submittedOn: appeal.submittedOn,
        dueAt: appeal.dueOn,
        isOverdue: isOverdue(appeal, ctx),
        outcome: appeal.outcome,
        resolvedOn: appeal.resolvedOn,
        timeline: events
          .filter((e) => e.kind === 'RECEIVED' || e.kind === 'TRANSITION')
          .map((e) => ({ kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, at: e.at })),
      };
    },
  },
  WorkerAppeal: {
    __resolveReference: (ref, ctx) => appealOrForbidden(ctx, ref.id),
    dueAt: (a) => a.dueOn,
    isOverdue: (a, _, ctx) => isOverdue(a, ctx),
    daysOverdue: (a, _, ctx) => (isOverdue(a, ctx) ? daysBetween(a.dueOn, ctx.today) : 0),
    allowedTransitions: (a) => [...APPEAL_WORKFLOW.transitions[a.status]],
    allowedActions: (a) =>
      allowedAppealActions(a.status)
        .filter((x) => x !== 'reopen')
        .map((x) => ACTION_NAMES[x]),
    member: (a) => (a.memberId ? { id: a.memberId } : null),
    region: (a) => ({ code: a.regionCode }),
    organization: (a) => (a.orgId ? { id: a.orgId } : null),
    employer: (a) => (a.employerId ? { id: a.employerId } : null),
    handler: (a) => (a.handlerOrgId ? { id: a.handlerOrgId } : null),
    handlerRegion: (a) => ({ code: a.handlerRegionCode }),
    serviceRequest: (a) => (a.serviceRequestId ? { id: a.serviceRequestId } : null),
    hardshipCase: (a) => (a.hardshipCaseId ? { id: a.hardshipCaseId } : null),
    assignee: (a, _, ctx) => (workerView(ctx) ? null : a.assignee),
    callBackAttempts: (a) => a.callbackAttempts,
    callerNameMasked: (a, _, ctx) => maskedCaller(ctx, a).name,
    callerPhoneMasked: (a, _, ctx) => maskedCaller(ctx, a).phone,
    callerName: (a, _, ctx) => readCallerValue(ctx, a, 'CALLER_NAME'),
    callerPhone: (a, _, ctx) => readCallerValue(ctx, a, 'CALLER_PHONE'),
    callerAppealCount: (a, _, ctx) =>
      a.callerPhoneIndex && isStaff(ctx.identity)
        ? ctx.loaders.callerAppealCount.load(a.callerPhoneIndex)
        : null,
    dispute: async (a, _, ctx) =>
      a.disputeId ? unwrapLookup(await ctx.loaders.dispute.load(a.disputeId)) : null,
    timeline: async (a, _, ctx) => visibleTimeline(ctx, await ctx.loaders.appealTimeline.load(a.id)),
  },
  AppealEvent: {
    handler: (e) => (e.handlerOrgId ? { id: e.handlerOrgId } : null),
    handlerRegion: (e) => (e.handlerRegionCode ? { code: e.handlerRegionCode } : null),
  },
  LaborDispute: {
    appeal: (d, _, ctx) => ctx.loaders.appealOfDispute.load(d.id),
  },
  Member: {
    appeals: (m, args, ctx) =>
      ctx.loaders.appealsOfMember({ limit: listLimit(args.first), open: args.open ?? null }).load(m.id),
  },
  Organization: {
    appeals: (org, args, ctx) =>
      ctx.loaders
        .appealsOfOrg({ limit: listLimit(args.first), role: args.role ?? 'HANDLER', open: args.open ?? null })
        .load(org.id),
  },
  LaborRelations: {
    openAppeals: async (s, _, ctx) => (await ctx.loaders.appealOrgSummary.load(s.orgId)).openAppeals,
    rightsComplaintsLast90Days: async (s, _, ctx) =>
      (await ctx.loaders.appealOrgSummary.load(s.orgId)).rightsComplaintsLast90Days,
  },
  Region: {
    appealStats: (region, _, ctx) => {
      regionFigures(ctx, region.code);
      return ctx.loaders.appealStats.load(region.code);
    },
    appealTrends: (region, args, ctx) => {
      regionFigures(ctx, region.code);
      const months = args.months ?? 12;
      if (!Number.isInteger(months) || months < 1 || months > 36) {
        throw badUserInput('months', 'months must be between 1 and 36');
      }
      return ctx.loaders.appealTrends.load({ code: region.code, months });
    },
    appealHotspots: (region, args, ctx) => {
      regionFigures(ctx, region.code);
      return appealHotspots(ctx.db, region.code, listLimit(args.first), ctx.today).then((rows) =>
        rows.map((r) => ({ ...r, employer: { id: r.employerId } })),
      );
    },
  },
} satisfies Resolvers;
