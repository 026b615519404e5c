import type { Context } from '../context';
import type { DisputeCategory } from '../dispute/dispute.table';
import type { LaborStatsResolvers } from '../generated/resolvers-types';
import type { LaborMetric } from './labor-counters.table';
import type { LaborCounterSums } from './labor-figures.repository';
import type { LaborStatsHandle } from './labor-stats';

type Sums = LaborCounterSums[];
const load = (s: LaborStatsHandle, ctx: Context, metric: LaborMetric): Promise<Sums> =>
  ctx.loaders.laborCounters.load(`${s.code}|${metric}`);
const total = (rows: Sums, pick: (r: LaborCounterSums) => number) => rows.reduce((n, r) => n + pick(r), 0);

/** In force on the request's date: terms ending today or later, less those not started yet. */
async function inForce(
  s: LaborStatsHandle,
  ctx: Context,
  to: LaborMetric,
  from: LaborMetric,
): Promise<number> {
  const [ends, starts] = await Promise.all([load(s, ctx, to), load(s, ctx, from)]);
  return total(ends, (r) => r.fromToday) - total(starts, (r) => r.afterToday);
}

/** LaborStats fields, from the counters kept by the writes (docs/architecture.md §7). */
export const laborStatsResolvers = {
  organizationsWithValidContract: (s, _, ctx) => inForce(s, ctx, 'O_TO', 'O_FROM'),
  organizationsCoveredByRegionalContracts: (s, _, ctx) => inForce(s, ctx, 'R_ORG_TO', 'R_ORG_FROM'),
  employeesCovered: (s, _, ctx) => inForce(s, ctx, 'G_EMP_TO', 'G_EMP_FROM'),
  contractsExpiringWithin30Days: async (s, _, ctx) => {
    const [ends, short] = await Promise.all([load(s, ctx, 'C_TO'), load(s, ctx, 'C_SHORT')]);
    return total(ends, (r) => r.within30) - total(short, (r) => r.shortNotStarted);
  },
  openDisputes: async (s, _, ctx) => total(await load(s, ctx, 'D_OPEN'), (r) => r.thisYear),
  openDisputesByCategory: async (s, _, ctx) =>
    (await load(s, ctx, 'D_OPEN'))
      .filter((r) => r.thisYear !== 0)
      // D_OPEN counts per dispute category: the counter's value is the dispute row's category.
      .map((r) => ({ category: r.value as DisputeCategory, count: r.thisYear }))
      .sort((a, b) => a.category.localeCompare(b.category)),
  openCollectiveDisputes: async (s, _, ctx) => total(await load(s, ctx, 'D_OPEN_COL'), (r) => r.thisYear),
  disputesReportedThisYear: async (s, _, ctx) => total(await load(s, ctx, 'D_YEAR'), (r) => r.thisYear),
  collectiveDisputesThisYear: async (s, _, ctx) => total(await load(s, ctx, 'D_YEAR_COL'), (r) => r.thisYear),
  amountClaimedThisYearCents: async (s, _, ctx) => total(await load(s, ctx, 'D_CLAIMED'), (r) => r.thisYear),
  amountRecoveredThisYearCents: async (s, _, ctx) =>
    total(await load(s, ctx, 'D_RECOVER'), (r) => r.thisYear),
  organizationsAtHighRisk: async (s, _, ctx) => total(await load(s, ctx, 'RISK_HIGH'), (r) => r.thisYear),
} satisfies LaborStatsResolvers;
