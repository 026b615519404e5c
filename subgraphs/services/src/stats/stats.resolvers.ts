import { coversRegion, forbidden } from '@union/kit';
import type { Context } from '../context';
import type { HardshipLevel } from '../hardship/hardship.table';
import type { Resolvers } from '../generated/resolvers-types';
import type { ServiceCategory } from '../program/program.table';
import type { RequestStatus } from '../request/request.table';
import type { CounterRow, ServiceMetric } from './service-counters.table';
import { assertCoversOrganization, type ServiceStatsHandle } from './stats.loaders';

/*
 * Every figure is read from the counters kept by the writes (docs/architecture.md §7). Each field
 * loads only the metric it needs, so a query that selects membersServed reads the SERVED rows and
 * nothing else; all fields of a request share one statement through the loader.
 */
const rows = (s: ServiceStatsHandle, ctx: Context, metric: ServiceMetric): Promise<CounterRow[]> =>
  ctx.loaders.serviceCounters.load(`${s.holder}|${metric}`);

const sum = (list: readonly CounterRow[], pick: (r: CounterRow) => boolean = () => true) =>
  list.filter(pick).reduce((n, r) => n + r.n, 0);

/**
 * The non-zero rows picked, by counted value (a category, status or level: the counters' `value`
 * column holds the enum value the write counted, see stats/service-counters.ts).
 */
function listed<V extends string, T>(
  list: readonly CounterRow[],
  pick: (r: CounterRow) => boolean,
  entry: (value: V, n: number) => T,
): T[] {
  return list
    .filter((r) => pick(r) && r.n !== 0)
    .sort((a, b) => a.value.localeCompare(b.value))
    .map((r) => entry(r.value as V, r.n));
}

const allTime = (r: CounterRow) => r.bucket === '';

export const statsResolvers = {
  Region: {
    serviceStats: (region, _, ctx) => {
      // Region-wide figures only for a jurisdiction that covers the whole region.
      if (!coversRegion(ctx.scope, region.code))
        throw forbidden('Region figures are outside your jurisdiction');
      return { holder: region.code, year: ctx.loaders.statsYear };
    },
  },
  Organization: {
    serviceStats: async (org, _, ctx) => {
      if (ctx.scope.kind !== 'ORG' || ctx.scope.orgId !== org.id) {
        const facts = await ctx.loaders.organizationRegion(org.id);
        if (!facts) return null;
        assertCoversOrganization(ctx.scope, facts);
      }
      return { holder: org.id, year: ctx.loaders.statsYear };
    },
  },
  ServiceStats: {
    membersServed: async (s, _, ctx) =>
      sum(await rows(s, ctx, 'SERVED'), (r) => allTime(r) && r.value === '*'),
    membersServedByCategory: async (s, _, ctx) =>
      listed(
        await rows(s, ctx, 'SERVED'),
        (r) => allTime(r) && r.value !== '*',
        (category: ServiceCategory, members) => ({ category, members }),
      ),
    requestsByStatus: async (s, _, ctx) =>
      listed(await rows(s, ctx, 'REQ'), allTime, (status: RequestStatus, count) => ({ status, count })),
    ratings: async (s, _, ctx) => sum(await rows(s, ctx, 'RATED')),
    averageRating: async (s, _, ctx) => {
      const [rated, total] = await Promise.all([rows(s, ctx, 'RATED'), rows(s, ctx, 'RATING')]);
      const n = sum(rated);
      return n === 0 ? null : Math.round((sum(total) / n) * 100) / 100;
    },
    openHardshipCases: async (s, _, ctx) => sum(await rows(s, ctx, 'HARDSHIP')),
    openHardshipCasesByLevel: async (s, _, ctx) =>
      listed(await rows(s, ctx, 'HARDSHIP'), allTime, (level: HardshipLevel, count) => ({ level, count })),
    assistanceYear: (s) => Number(s.year),
    assistancePaidThisYearCents: async (s, _, ctx) =>
      sum(await rows(s, ctx, 'PAID'), (r) => r.bucket === s.year),
  },
} satisfies Resolvers;
