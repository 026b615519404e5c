import { unwrapLookup } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { CONTRACT_WORKFLOW } from './contract-status';
import { pageContracts } from './contract.repository';

export const contractResolvers = {
  Query: {
    collectiveContract: async (_, args, ctx) => unwrapLookup(await ctx.loaders.contract.load(args.id)),
    collectiveContracts: (_, args, ctx) =>
      pageContracts(ctx.db, {
        scope: ctx.scope,
        filter: args.filter,
        args,
        asOf: ctx.today,
        orderBy: args.orderBy,
      }),
  },
  CollectiveContract: {
    __resolveReference: async (ref, ctx) => unwrapLookup(await ctx.loaders.contract.load(ref.id)),
    organization: (c) => ({ id: c.orgId }),
    employer: (c) => (c.employerId ? { id: c.employerId } : null),
    region: (c) => ({ code: c.regionCode }),
    allowedTransitions: (c) => [...CONTRACT_WORKFLOW.transitions[c.status]],
    negotiationRounds: (c, _, ctx) => ctx.loaders.rounds.load(c.id),
  },
} satisfies Resolvers;
