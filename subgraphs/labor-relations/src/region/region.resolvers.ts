import { coversRegion, forbidden } from '@union/kit';
import type { Context } from '../context';

export const regionResolvers = {
  Region: {
    __resolveReference: (ref: { code: string }) => ({ code: ref.code }),
    laborStats: (region: { code: string }, _: unknown, ctx: Context) => {
      // Region-wide figures only for a jurisdiction covering the whole region.
      if (!coversRegion(ctx.scope, region.code))
        throw forbidden('Region figures are outside your jurisdiction');
      return ctx.loaders.laborStats.load(region.code);
    },
  },
};
