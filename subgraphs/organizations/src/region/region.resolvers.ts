import { coversRegion, forbidden } from '@union/kit';
import type { Context } from '../context';
import { listRegions } from './region.repository';
import type { Region, RegionLevel } from './region.table';

export const regionResolvers = {
  Query: {
    region: (_: unknown, args: { code: string }, ctx: Context) => ctx.loaders.region.load(args.code),
    regions: (_: unknown, args: { parentCode?: string | null; level?: RegionLevel | null }, ctx: Context) =>
      listRegions(ctx.db, args.parentCode ?? null, args.level ?? null),
  },
  Region: {
    __resolveReference: (ref: { code: string }, ctx: Context) => ctx.loaders.region.load(ref.code),
    parent: (region: Region, _: unknown, ctx: Context) =>
      region.parentCode ? ctx.loaders.region.load(region.parentCode) : null,
    children: async (region: Region, args: { level?: RegionLevel | null }, ctx: Context) => {
      const children = await ctx.loaders.regionChildren.load(region.code);
      return args.level ? children.filter((c) => c.level === args.level) : children;
    },
    fullName: async (region: Region, _: unknown, ctx: Context) => {
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
    organizationStats: (region: Region, _: unknown, ctx: Context) => {
      // Region-wide figures only for a jurisdiction that covers the whole region.
      if (!coversRegion(ctx.scope, region.code))
        throw forbidden('Region figures are outside your jurisdiction');
      return ctx.loaders.organizationStats.load(region.code);
    },
  },
};
