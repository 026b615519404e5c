import { coversRegion, forbidden } from '@union/kit';
import type { Context } from '../context';
import { laborStatsFields, type LaborStatsHandle } from '../stats/labor-stats.resolvers';

export const regionResolvers = {
  Region: {
    __resolveReference: (ref: { code: string }) => ({ code: ref.code }),
    laborStats: (region: { code: string }, _: unknown, ctx: Context): LaborStatsHandle => {
      // Region-wide figures only for a jurisdiction covering the whole region.
      if (!coversRegion(ctx.scope, region.code))
        throw forbidden('Region figures are outside your jurisdiction');
      return { code: region.code };
    },
  },
  LaborStats: laborStatsFields,
};
