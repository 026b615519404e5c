import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';
import { addDays } from '../shared/dates';
import type { LaborMetric } from './labor-counters.table';

/** One (region, metric, value) of the counters, summed over the buckets each figure needs on `asOf`. */
export interface LaborCounterSums {
  region_code: string;
  metric: LaborMetric;
  value: string;
  /** Buckets ≥ asOf (…_TO: terms still running or not yet started). */
  fromToday: number;
  /** Buckets > asOf (…_FROM: terms not yet started). */
  afterToday: number;
  /** Buckets in [asOf, asOf + 30] (C_TO: terms ending within 30 days). */
  within30: number;
  /** C_SHORT buckets 'from/to' with from > asOf and to ≤ asOf + 30. */
  shortNotStarted: number;
  /** Year buckets ≥ asOf's year, and the bucket-less metrics. */
  thisYear: number;
}

/*
 * The sums of many regions' counters for the metrics a query selected, in one statement over the
 * primary key (region_code, metric, bucket, …): only buckets of this year onward are read, so the
 * rows read do not grow with history, and no row of the counted tables is touched.
 */
export async function laborCounterSums(
  db: Kysely<Database>,
  codes: readonly string[],
  metrics: readonly LaborMetric[],
  asOf: string,
): Promise<LaborCounterSums[]> {
  if (codes.length === 0 || metrics.length === 0) return [];
  const year = asOf.slice(0, 4);
  const soon = addDays(asOf, 30);
  const rows = await db
    .selectFrom('labor_counters')
    .select([
      'region_code',
      'metric',
      'value',
      sql<number>`sum(case when bucket >= ${asOf} then n else 0 end)`.as('from_today'),
      sql<number>`sum(case when bucket > ${asOf} then n else 0 end)`.as('after_today'),
      sql<number>`sum(case when bucket >= ${asOf} and bucket <= ${soon} then n else 0 end)`.as('within30'),
      sql<number>`sum(case when bucket > ${`${asOf}/9`} and substr(bucket, 12, 10) <= ${soon} then n else 0 end)`.as(
        'short_not_started',
      ),
      sql<number>`sum(n)`.as('this_year'),
    ])
    .where('region_code', 'in', [...new Set(codes)])
    .where('metric', 'in', [...new Set(metrics)])
    .where((eb) => eb.or([eb('bucket', '=', ''), eb('bucket', '>=', year)]))
    .groupBy(['region_code', 'metric', 'value'])
    .execute();
  return rows.map((r) => ({
    region_code: r.region_code,
    metric: r.metric as LaborMetric,
    value: r.value,
    fromToday: Number(r.from_today),
    afterToday: Number(r.after_today),
    within30: Number(r.within30),
    shortNotStarted: Number(r.short_not_started),
    thisYear: Number(r.this_year),
  }));
}
