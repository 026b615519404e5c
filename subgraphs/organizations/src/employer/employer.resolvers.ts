import { unwrapLookup, type PageArgs } from '@union/kit';
import type { Context } from '../context';
import { findEmployerByCreditCode, pageEmployers, type EmployerFilter } from './employer.repository';
import { registerEmployer } from './employer.service';
import type { Employer } from './employer.table';
import { INDUSTRY_SECTIONS } from './industry';

export const employerResolvers = {
  Query: {
    employer: async (_: unknown, args: { id: string }, ctx: Context) =>
      unwrapLookup(await ctx.loaders.employer.load(args.id)),
    employerByCreditCode: (_: unknown, args: { creditCode: string }, ctx: Context) =>
      findEmployerByCreditCode(ctx.db, args.creditCode.trim().toUpperCase(), ctx.scope),
    employers: (_: unknown, args: PageArgs & { filter?: EmployerFilter | null }, ctx: Context) =>
      pageEmployers(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
  },
  Mutation: {
    registerEmployer: async (_: unknown, args: { input: unknown }, ctx: Context) => ({
      employer: await registerEmployer(ctx, args.input),
    }),
  },
  Employer: {
    __resolveReference: async (ref: { id: string }, ctx: Context) =>
      unwrapLookup(await ctx.loaders.employer.load(ref.id)),
    industryName: (employer: Employer) => INDUSTRY_SECTIONS[employer.industryCode] ?? employer.industryCode,
    region: (employer: Employer, _: unknown, ctx: Context) => ctx.loaders.region.load(employer.regionCode),
  },
};
