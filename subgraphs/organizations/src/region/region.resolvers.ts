import { coversRegion, forbidden } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { listRegions } from './region.repository';

export const regionResolvers = {
  Query: {
    region: (_, args, ctx) => ctx.loaders.region.load(args.code),
    regions: (_, args, ctx) => listRegions(ctx.db, args.parentCode ?? null, args.level ?? null),
  },
  Region: {
    __resolveReference: (ref, ctx) => ctx.loaders.region.load(ref.code),
    parent: (region, _, ctx) => (region.parentCode ? ctx.loaders.region.load(region.parentCode) : null),
    children: async (region, args, ctx) => {
      const children = await ctx.loaders.regionChildren.load(region.code);
      return args.level ? children.filter((c) => c.level === args.level) : children;
    },
    fullName: async (region, _, ctx) => {
      const names = [region.name];
      let parentCode = region.parentCode;
      while (parentCode) {
        const parent = await ctx.loaders.region.load(parentCode);
        if (!parent) break;
        names.unshift(parent.name);
        parentCode = parent.parentCode;
      }
      return names.join(' ');
    },
    organizationStats: (region, _, ctx) => {
      // Region-wide figures only for a jurisdiction that covers the whole region.
      if (!coversRegion(ctx.scope, region.code))
        throw forbidden('Region figures are outside your jurisdiction');
      return ctx.loaders.organizationStats.load(region.code);
    },
  },
} satisfies Resolvers;
