import { unwrapLookup, type PageArgs } from '@union/kit';
import type { Context } from '../context';
import { CONTRACT_WORKFLOW } from './contract-status';
import { pageContracts, type ContractFilter, type ContractOrder } from './contract.repository';
import type { CollectiveContract } from './contract.table';

export const contractResolvers = {
  Query: {
    collectiveContract: async (_: unknown, args: { id: string }, ctx: Context) =>
      unwrapLookup(await ctx.loaders.contract.load(args.id)),
    collectiveContracts: (
      _: unknown,
      args: PageArgs & { filter?: ContractFilter | null; orderBy?: ContractOrder | null },
      ctx: Context,
    ) =>
      pageContracts(ctx.db, {
        scope: ctx.scope,
        filter: args.filter,
        args,
        asOf: ctx.today,
        orderBy: args.orderBy,
      }),
  },
  CollectiveContract: {
    __resolveReference: async (ref: { id: string }, ctx: Context) =>
      unwrapLookup(await ctx.loaders.contract.load(ref.id)),
    organization: (c: CollectiveContract) => ({ id: c.orgId }),
    employer: (c: CollectiveContract) => (c.employerId ? { id: c.employerId } : null),
    region: (c: CollectiveContract) => ({ code: c.regionCode }),
    allowedTransitions: (c: CollectiveContract) => CONTRACT_WORKFLOW.transitions[c.status],
    negotiationRounds: (c: CollectiveContract, _: unknown, ctx: Context) => ctx.loaders.rounds.load(c.id),
  },
};
