import { badUserInput, unwrapLookup } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { pageCases } from './hardship.repository';
import { assistanceTotals } from './totals.repository';

export const hardshipResolvers = {
  Query: {
    hardshipCase: async (_, args, ctx) => unwrapLookup(await ctx.loaders.hardshipCase.load(args.id)),
    hardshipCases: (_, args, ctx) => pageCases(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
    assistanceTotals: (_, args, ctx) => {
      if (!Number.isInteger(args.year) || args.year < 1990 || args.year > 2100)
        throw badUserInput('year', 'year: must be between 1990 and 2100');
      return assistanceTotals(ctx.db, ctx.scope, args);
    },
  },
  HardshipCase: {
    /*
     * Referenced by labor-relations (WorkerAppeal.hardshipCase): the same scoped loader as the
     * root field, so `_entities` answers only the member themself and staff in scope (FORBIDDEN
     * outside, null when missing; docs/architecture.md §3.4).
     */
    __resolveReference: async (ref, ctx) => unwrapLookup(await ctx.loaders.hardshipCase.load(ref.id)),
    member: (c) => ({ __typename: 'Member', id: c.memberId }),
    organization: (c) => ({ __typename: 'Organization', id: c.orgId }),
    region: (c) => ({ __typename: 'Region', code: c.regionCode }),
    grants: (c, _, ctx) => ctx.loaders.grantsOfCase.load(c.id),
  },
  AssistanceGrant: {
    grantingOrganization: (g) => ({ __typename: 'Organization', id: g.grantingOrgId }),
  },
} satisfies Resolvers;
