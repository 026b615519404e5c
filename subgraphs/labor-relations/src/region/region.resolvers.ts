import { coversRegion, forbidden } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { laborStatsResolvers } from '../stats/labor-stats.resolvers';

export const regionResolvers = {
  Region: {
    __resolveReference: (ref) => ({ code: ref.code }),
    laborStats: (region, _, ctx) => {
      // Region-wide figures only for a jurisdiction covering the whole region.
      if (!coversRegion(ctx.scope, region.code))
        throw forbidden('Region figures are outside your jurisdiction');
      return { code: region.code };
    },
  },
  LaborStats: laborStatsResolvers,
} satisfies Resolvers;
