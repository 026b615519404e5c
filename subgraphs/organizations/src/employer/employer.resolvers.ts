import { unwrapLookup } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { referencedRegion } from '../region/region.loaders';
import { findEmployerByCreditCode, pageEmployers } from './employer.repository';
import { INDUSTRY_SECTIONS } from './industry';

export const employerResolvers = {
  Query: {
    employer: async (_, args, ctx) => unwrapLookup(await ctx.loaders.employer.load(args.id)),
    employerByCreditCode: (_, args, ctx) =>
      findEmployerByCreditCode(ctx.db, args.creditCode.trim().toUpperCase(), ctx.scope),
    employers: (_, args, ctx) => pageEmployers(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
  },
  Employer: {
    __resolveReference: async (ref, ctx) => unwrapLookup(await ctx.loaders.employer.load(ref.id)),
    industryName: (employer) => INDUSTRY_SECTIONS[employer.industryCode] ?? employer.industryCode,
    region: (employer, _, ctx) => referencedRegion(ctx.loaders, employer.regionCode),
  },
} satisfies Resolvers;
