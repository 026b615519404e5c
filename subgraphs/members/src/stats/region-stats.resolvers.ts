import { coversRegion, forbidden, regionReference } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';

export const regionStatsResolvers = {
  Region: {
    memberStats: (region, _, ctx) => {
      // Region-wide figures only for a jurisdiction that covers the whole region.
      if (!coversRegion(ctx.scope, region.code)) throw forbidden();
      return ctx.loaders.regionStats.load(region.code);
    },
  },
  ChildRegionMemberCount: {
    region: (child) => regionReference(child.regionCode),
  },
} satisfies Resolvers;
