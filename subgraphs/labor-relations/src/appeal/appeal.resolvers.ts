import { badUserInput, coversRegion, forbidden, unwrapLookup, type PageArgs } from '@union/kit';
import type { Context } from '../context';
import { listLimit } from '../shared/per-key-limit';
import {
  convertAppealToDispute,
  linkAppealToHardshipCase,
  linkAppealToServiceRequest,
} from './appeal-dispute.service';
import { submitAppeal, registerAppeal } from './appeal-intake.service';
import { maskedCaller, readCallerValue } from './appeal-pii';
import { appealInScope, isStaff } from './appeal-scope';
import { appealHotspots } from './appeal-stats.repository';
import { allowedAppealActions, APPEAL_TRANSITIONS, isOpenAppeal } from './appeal-status';
import {
  acceptAppeal,
  addAppealNote,
  closeAppeal,
  dispatchAppeal,
  escalateAppeal,
  rateAppeal,
  recordAppealCallBack,
  resolveAppeal,
  returnAppeal,
  startAppeal,
} from './appeal-workflow.service';
import {
  findAppealByNumberUnscoped,
  findAppealIdByNumber,
  pageAppeals,
  type AppealFilter,
  type OrgRole,
} from './appeal.repository';
import type { AppealEvent, WorkerAppeal } from './appeal.table';
import { verifyFollowUpCode } from './follow-up-code';
import { daysBetween } from '../shared/dates';

type Input = { input: unknown };

async function appealOrForbidden(ctx: Context, id: string | null) {
  return id ? unwrapLookup(await ctx.loaders.appeal.load(id)) : null;
}

/** A mutation's answer: the appeal as the caller may still see it (null once it left the caller's scope). */
function payload(ctx: Context, appeal: WorkerAppeal) {
  return { appeal: appealInScope(ctx.scope, appeal) ? appeal : null };
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

const mutation =
  (run: (ctx: Context, raw: unknown) => Promise<WorkerAppeal>) =>
  async (_: unknown, args: Input, ctx: Context) =>
    payload(ctx, await run(ctx, args.input));

export const appealResolvers = {
  Query: {
    workerAppeal: (_: unknown, args: { id: string }, ctx: Context) => appealOrForbidden(ctx, args.id),
    workerAppealByNumber: async (_: unknown, args: { number: string }, ctx: Context) =>
      appealOrForbidden(ctx, await findAppealIdByNumber(ctx.db, args.number)),
    appeals: (_: unknown, args: PageArgs & { filter?: AppealFilter | null }, ctx: Context) => {
      const days = args.filter?.dueWithinDays;
      if (days != null && (!Number.isInteger(days) || days < 0 || days > 366)) {
        throw badUserInput('filter.dueWithinDays', 'filter.dueWithinDays: must be between 0 and 366');
      }
      return pageAppeals(ctx.db, { scope: ctx.scope, filter: args.filter, args, asOf: ctx.today });
    },
    /** Public: the anonymous caller's follow-up. A wrong number and a wrong code answer alike (null). */
    appealStatus: async (_: unknown, args: { number: string; code: string }, ctx: Context) => {
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
  Mutation: {
    submitAppeal: async (_: unknown, args: Input, ctx: Context) => {
      const result = await submitAppeal(ctx, args.input);
      return {
        number: result.appeal.number,
        dueAt: result.appeal.dueOn,
        followUpCode: result.followUpCode,
        appeal: result.visible ? result.appeal : null,
      };
    },
    registerAppeal: mutation(registerAppeal),
    acceptAppeal: mutation(acceptAppeal),
    dispatchAppeal: mutation(dispatchAppeal),
    returnAppeal: mutation(returnAppeal),
    startAppeal: mutation(startAppeal),
    resolveAppeal: mutation(resolveAppeal),
    recordAppealCallBack: mutation(recordAppealCallBack),
    rateAppeal: mutation(rateAppeal),
    escalateAppeal: mutation(escalateAppeal),
    closeAppeal: mutation(closeAppeal),
    addAppealNote: mutation(addAppealNote),
    convertAppealToDispute: mutation(convertAppealToDispute),
    linkAppealToServiceRequest: mutation(linkAppealToServiceRequest),
    linkAppealToHardshipCase: mutation(linkAppealToHardshipCase),
  },
  WorkerAppeal: {
    __resolveReference: (ref: { id: string }, ctx: Context) => appealOrForbidden(ctx, ref.id),
    dueAt: (a: WorkerAppeal) => a.dueOn,
    isOverdue: (a: WorkerAppeal, _: unknown, ctx: Context) => isOverdue(a, ctx),
    daysOverdue: (a: WorkerAppeal, _: unknown, ctx: Context) =>
      isOverdue(a, ctx) ? daysBetween(a.dueOn, ctx.today) : 0,
    allowedTransitions: (a: WorkerAppeal) => APPEAL_TRANSITIONS[a.status],
    allowedActions: (a: WorkerAppeal) =>
      allowedAppealActions(a.status)
        .filter((x) => x !== 'reopen')
        .map((x) => x.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()),
    member: (a: WorkerAppeal) => (a.memberId ? { id: a.memberId } : null),
    region: (a: WorkerAppeal) => ({ code: a.regionCode }),
    organization: (a: WorkerAppeal) => (a.orgId ? { id: a.orgId } : null),
    employer: (a: WorkerAppeal) => (a.employerId ? { id: a.employerId } : null),
    handler: (a: WorkerAppeal) => (a.handlerOrgId ? { id: a.handlerOrgId } : null),
    handlerRegion: (a: WorkerAppeal) => ({ code: a.handlerRegionCode }),
    serviceRequest: (a: WorkerAppeal) => (a.serviceRequestId ? { id: a.serviceRequestId } : null),
    hardshipCase: (a: WorkerAppeal) => (a.hardshipCaseId ? { id: a.hardshipCaseId } : null),
    assignee: (a: WorkerAppeal, _: unknown, ctx: Context) => (workerView(ctx) ? null : a.assignee),
    callBackAttempts: (a: WorkerAppeal) => a.callbackAttempts,
    callerNameMasked: (a: WorkerAppeal, _: unknown, ctx: Context) => maskedCaller(ctx, a).name,
    callerPhoneMasked: (a: WorkerAppeal, _: unknown, ctx: Context) => maskedCaller(ctx, a).phone,
    callerName: (a: WorkerAppeal, _: unknown, ctx: Context) => readCallerValue(ctx, a, 'CALLER_NAME'),
    callerPhone: (a: WorkerAppeal, _: unknown, ctx: Context) => readCallerValue(ctx, a, 'CALLER_PHONE'),
    callerAppealCount: (a: WorkerAppeal, _: unknown, ctx: Context) =>
      a.callerPhoneIndex && isStaff(ctx.identity)
        ? ctx.loaders.callerAppealCount.load(a.callerPhoneIndex)
        : null,
    dispute: async (a: WorkerAppeal, _: unknown, ctx: Context) =>
      a.disputeId ? unwrapLookup(await ctx.loaders.dispute.load(a.disputeId)) : null,
    timeline: async (a: WorkerAppeal, _: unknown, ctx: Context) =>
      visibleTimeline(ctx, await ctx.loaders.appealTimeline.load(a.id)),
  },
  AppealEvent: {
    handler: (e: AppealEvent) => (e.handlerOrgId ? { id: e.handlerOrgId } : null),
    handlerRegion: (e: AppealEvent) => (e.handlerRegionCode ? { code: e.handlerRegionCode } : null),
  },
  LaborDispute: {
    appeal: (d: { id: string }, _: unknown, ctx: Context) => ctx.loaders.appealOfDispute.load(d.id),
  },
  Member: {
    appeals: (m: { id: string }, args: { open?: boolean | null; first?: number | null }, ctx: Context) =>
      ctx.loaders.appealsOfMember({ limit: listLimit(args.first), open: args.open ?? null }).load(m.id),
  },
  Organization: {
    appeals: (
      org: { id: string },
      args: { role?: OrgRole | null; open?: boolean | null; first?: number | null },
      ctx: Context,
    ) =>
      ctx.loaders
        .appealsOfOrg({ limit: listLimit(args.first), role: args.role ?? 'HANDLER', open: args.open ?? null })
        .load(org.id),
  },
  LaborRelations: {
    openAppeals: async (s: { orgId: string }, _: unknown, ctx: Context) =>
      (await ctx.loaders.appealOrgSummary.load(s.orgId)).openAppeals,
    rightsComplaintsLast90Days: async (s: { orgId: string }, _: unknown, ctx: Context) =>
      (await ctx.loaders.appealOrgSummary.load(s.orgId)).rightsComplaintsLast90Days,
  },
  Region: {
    appealStats: (region: { code: string }, _: unknown, ctx: Context) => {
      if (!coversRegion(ctx.scope, region.code))
        throw forbidden('Region figures are outside your jurisdiction');
      return ctx.loaders.appealStats.load(region.code);
    },
    appealTrends: (region: { code: string }, args: { months?: number | null }, ctx: Context) => {
      if (!coversRegion(ctx.scope, region.code))
        throw forbidden('Region figures are outside your jurisdiction');
      const months = args.months ?? 12;
      if (!Number.isInteger(months) || months < 1 || months > 36) {
        throw badUserInput('months', 'months must be between 1 and 36');
      }
      return ctx.loaders.appealTrends.load({ code: region.code, months });
    },
    appealHotspots: (region: { code: string }, args: { first?: number | null }, ctx: Context) => {
      if (!coversRegion(ctx.scope, region.code))
        throw forbidden('Region figures are outside your jurisdiction');
      return appealHotspots(ctx.db, region.code, listLimit(args.first), ctx.today).then((rows) =>
        rows.map((r) => ({ ...r, employer: { id: r.employerId } })),
      );
    },
  },
};
