import { unwrapLookup } from '@union/kit';
import type { Context } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { DISPUTE_WORKFLOW } from './dispute-status';
import { findDisputeIdByCaseNumber, pageDisputes } from './dispute.repository';

async function disputeOrForbidden(ctx: Context, id: string | null) {
  return id ? unwrapLookup(await ctx.loaders.dispute.load(id)) : null;
}

export const disputeResolvers = {
  Query: {
    laborDispute: (_, args, ctx) => disputeOrForbidden(ctx, args.id),
    laborDisputeByCaseNumber: async (_, args, ctx) =>
      disputeOrForbidden(ctx, await findDisputeIdByCaseNumber(ctx.db, args.caseNumber.trim())),
    laborDisputes: (_, args, ctx) => pageDisputes(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
  },
  LaborDispute: {
    __resolveReference: (ref, ctx) => disputeOrForbidden(ctx, ref.id),
    organization: (d) => ({ id: d.orgId }),
    employer: (d) => (d.employerId ? { id: d.employerId } : null),
    region: (d) => ({ code: d.regionCode }),
    legalAidRequest: (d) => (d.legalAidRequestId ? { id: d.legalAidRequestId } : null),
    allowedTransitions: (d) => [...DISPUTE_WORKFLOW.transitions[d.status]],
    claimants: async (d, _, ctx) => {
      const ids = await ctx.loaders.claimants.load(d.id);
      // A member learns that it is a claimant, not who else is: co-claimants are other people.
      const scope = ctx.scope;
      const visible = scope.kind === 'MEMBER' ? ids.filter((id) => id === scope.memberId) : ids;
      return visible.map((id) => ({ id }));
    },
    timeline: (d, _, ctx) => ctx.loaders.timeline.load(d.id),
  },
} satisfies Resolvers;
