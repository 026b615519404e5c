import { badUserInput, unwrapLookup, type PageArgs } from '@union/kit';
import type { Context } from '../context';
import type { AssistanceGrant } from './grant.table';
import { grantAssistance } from './grant.service';
import { pageCases, type HardshipFilter } from './hardship.repository';
import { closeCase, openCase, relieveCase, updateCase } from './hardship.service';
import type { HardshipCase } from './hardship.table';
import { assistanceTotals } from './totals.repository';

type Input = { input: unknown };
type TotalsArgs = {
  year: number;
  memberId?: string | null;
  organizationId?: string | null;
  regionPrefix?: string | null;
};

export const hardshipResolvers = {
  Query: {
    hardshipCase: async (_: unknown, args: { id: string }, ctx: Context) =>
      unwrapLookup(await ctx.loaders.hardshipCase.load(args.id)),
    hardshipCases: (_: unknown, args: PageArgs & { filter?: HardshipFilter | null }, ctx: Context) =>
      pageCases(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
    assistanceTotals: (_: unknown, args: TotalsArgs, ctx: Context) => {
      if (!Number.isInteger(args.year) || args.year < 1990 || args.year > 2100)
        throw badUserInput('year', 'year: must be between 1990 and 2100');
      return assistanceTotals(ctx.db, ctx.scope, args);
    },
  },
  Mutation: {
    openHardshipCase: async (_: unknown, args: Input, ctx: Context) => ({
      hardshipCase: await openCase(ctx, args.input),
    }),
    updateHardshipCase: async (_: unknown, args: Input, ctx: Context) => ({
      hardshipCase: await updateCase(ctx, args.input),
    }),
    relieveHardshipCase: async (_: unknown, args: Input, ctx: Context) => ({
      hardshipCase: await relieveCase(ctx, args.input),
    }),
    closeHardshipCase: async (_: unknown, args: Input, ctx: Context) => ({
      hardshipCase: await closeCase(ctx, args.input),
    }),
    grantAssistance: (_: unknown, args: Input, ctx: Context) => grantAssistance(ctx, args.input),
  },
  HardshipCase: {
    /*
     * Referenced by labor-relations (WorkerAppeal.hardshipCase): the same scoped loader as the
     * root field, so `_entities` answers only the member themself and staff in scope (FORBIDDEN
     * outside, null when missing; docs/architecture.md §3.4).
     */
    __resolveReference: async (ref: { id: string }, ctx: Context) =>
      unwrapLookup(await ctx.loaders.hardshipCase.load(ref.id)),
    member: (c: HardshipCase) => ({ __typename: 'Member', id: c.memberId }),
    organization: (c: HardshipCase) => ({ __typename: 'Organization', id: c.orgId }),
    region: (c: HardshipCase) => ({ __typename: 'Region', code: c.regionCode }),
    grants: (c: HardshipCase, _: unknown, ctx: Context) => ctx.loaders.grantsOfCase.load(c.id),
  },
  AssistanceGrant: {
    grantingOrganization: (g: AssistanceGrant) => ({ __typename: 'Organization', id: g.grantingOrgId }),
  },
};
