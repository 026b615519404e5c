import { unwrapLookup, type PageArgs } from '@union/kit';
import type { Context } from '../context';
import { DISPUTE_WORKFLOW } from './dispute-status';
import { findDisputeIdByCaseNumber, pageDisputes, type DisputeFilter } from './dispute.repository';
import { addDisputeNote, moveDispute, reportDispute } from './dispute.service';
import type { LaborDispute } from './dispute.table';

type Input = { input: unknown };

async function disputeOrForbidden(ctx: Context, id: string | null) {
  return id ? unwrapLookup(await ctx.loaders.dispute.load(id)) : null;
}

export const disputeResolvers = {
  Query: {
    laborDispute: (_: unknown, args: { id: string }, ctx: Context) => disputeOrForbidden(ctx, args.id),
    laborDisputeByCaseNumber: async (_: unknown, args: { caseNumber: string }, ctx: Context) =>
      disputeOrForbidden(ctx, await findDisputeIdByCaseNumber(ctx.db, args.caseNumber.trim())),
    laborDisputes: (_: unknown, args: PageArgs & { filter?: DisputeFilter | null }, ctx: Context) =>
      pageDisputes(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
  },
  Mutation: {
    reportLaborDispute: async (_: unknown, args: Input, ctx: Context) => ({
      dispute: await reportDispute(ctx, args.input),
    }),
    moveLaborDispute: async (_: unknown, args: Input, ctx: Context) => ({
      dispute: await moveDispute(ctx, args.input),
    }),
    addLaborDisputeNote: async (_: unknown, args: Input, ctx: Context) => ({
      dispute: await addDisputeNote(ctx, args.input),
    }),
  },
  LaborDispute: {
    __resolveReference: (ref: { id: string }, ctx: Context) => disputeOrForbidden(ctx, ref.id),
    organization: (d: LaborDispute) => ({ id: d.orgId }),
    employer: (d: LaborDispute) => (d.employerId ? { id: d.employerId } : null),
    region: (d: LaborDispute) => ({ code: d.regionCode }),
    legalAidRequest: (d: LaborDispute) => (d.legalAidRequestId ? { id: d.legalAidRequestId } : null),
    allowedTransitions: (d: LaborDispute) => DISPUTE_WORKFLOW.transitions[d.status],
    claimants: async (d: LaborDispute, _: unknown, ctx: Context) => {
      const ids = await ctx.loaders.claimants.load(d.id);
      // A member learns that it is a claimant, not who else is: co-claimants are other people.
      const scope = ctx.scope;
      const visible = scope.kind === 'MEMBER' ? ids.filter((id) => id === scope.memberId) : ids;
      return visible.map((id) => ({ id }));
    },
    timeline: (d: LaborDispute, _: unknown, ctx: Context) => ctx.loaders.timeline.load(d.id),
  },
};
