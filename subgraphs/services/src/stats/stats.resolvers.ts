import { coversRegion, forbidden } from '@union/kit';
import type { Context } from '../context';
import type { ServiceMetric } from './service-counters.table';
import type { CounterRow } from './service-figures.repository';
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

function listed<K extends string, C extends string>(
  list: readonly CounterRow[],
  pick: (r: CounterRow) => boolean,
  key: K,
  count: C,
): Record<K | C, string | number>[] {
  return list
    .filter((r) => pick(r) && r.n !== 0)
    .map((r) => ({ [key]: r.value, [count]: r.n }) as Record<K | C, string | number>)
    .sort((a, b) => String(a[key]).localeCompare(String(b[key])));
}

const allTime = (r: CounterRow) => r.bucket === '';

export const statsResolvers = {
  Region: {
    serviceStats: (region: { code: string }, _: unknown, ctx: Context): ServiceStatsHandle => {
      // Region-wide figures only for a jurisdiction that covers the whole region.
      if (!coversRegion(ctx.scope, region.code))
        throw forbidden('Region figures are outside your jurisdiction');
      return { holder: region.code, year: ctx.loaders.statsYear };
    },
  },
  Organization: {
    serviceStats: async (
      org: { id: string },
      _: unknown,
      ctx: Context,
    ): Promise<ServiceStatsHandle | null> => {
      if (ctx.scope.kind !== 'ORG' || ctx.scope.orgId !== org.id) {
        const facts = await ctx.loaders.organizationRegion(org.id);
        if (!facts) return null;
        assertCoversOrganization(ctx.scope, facts);
      }
      return { holder: org.id, year: ctx.loaders.statsYear };
    },
  },
  ServiceStats: {
    membersServed: async (s: ServiceStatsHandle, _: unknown, ctx: Context) =>
      sum(await rows(s, ctx, 'SERVED'), (r) => allTime(r) && r.value === '*'),
    membersServedByCategory: async (s: ServiceStatsHandle, _: unknown, ctx: Context) =>
      listed(await rows(s, ctx, 'SERVED'), (r) => allTime(r) && r.value !== '*', 'category', 'members'),
    requestsByStatus: async (s: ServiceStatsHandle, _: unknown, ctx: Context) =>
      listed(await rows(s, ctx, 'REQ'), allTime, 'status', 'count'),
    ratings: async (s: ServiceStatsHandle, _: unknown, ctx: Context) => sum(await rows(s, ctx, 'RATED')),
    averageRating: async (s: ServiceStatsHandle, _: unknown, ctx: Context) => {
      const [rated, total] = await Promise.all([rows(s, ctx, 'RATED'), rows(s, ctx, 'RATING')]);
      const n = sum(rated);
      return n === 0 ? null : Math.round((sum(total) / n) * 100) / 100;
    },
    openHardshipCases: async (s: ServiceStatsHandle, _: unknown, ctx: Context) =>
      sum(await rows(s, ctx, 'HARDSHIP')),
    openHardshipCasesByLevel: async (s: ServiceStatsHandle, _: unknown, ctx: Context) =>
      listed(await rows(s, ctx, 'HARDSHIP'), allTime, 'level', 'count'),
    assistanceYear: (s: ServiceStatsHandle) => Number(s.year),
    assistancePaidThisYearCents: async (s: ServiceStatsHandle, _: unknown, ctx: Context) =>
      sum(await rows(s, ctx, 'PAID'), (r) => r.bucket === s.year),
  },
};
