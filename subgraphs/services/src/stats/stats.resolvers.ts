import { coversRegion, forbidden } from '@union/kit';
import type { Context } from '../context';
import type { ServiceStats } from './service-stats';
import { assertCoversOrganization } from './stats.loaders';

export const statsResolvers = {
  Region: {
    serviceStats: (region: { code: string }, _: unknown, ctx: Context) => {
      // Region-wide figures only for a jurisdiction that covers the whole region.
      if (!coversRegion(ctx.scope, region.code))
        throw forbidden('Region figures are outside your jurisdiction');
      return ctx.loaders.regionStats.load(region.code);
    },
  },
  Organization: {
    serviceStats: async (org: { id: string }, _: unknown, ctx: Context) => {
      if (ctx.scope.kind !== 'ORG' || ctx.scope.orgId !== org.id) {
        const facts = await ctx.loaders.organizationRegion(org.id);
        if (!facts) return null;
        assertCoversOrganization(ctx.scope, facts);
      }
      return ctx.loaders.organizationStats.load(org.id);
    },
  },
  ServiceStats: {
    averageRating: (s: ServiceStats) =>
      s.ratings === 0 ? null : Math.round((s.ratingSum / s.ratings) * 100) / 100,
    openHardshipCases: (s: ServiceStats) => s.openHardshipCasesByLevel.reduce((n, l) => n + l.count, 0),
  },
};
