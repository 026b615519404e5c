import type { Scope } from '@union/kit';
import { sql, type Kysely } from 'kysely';
import { applicationScope } from '../application/application-scope';
import type { Database } from '../db/database';
import { memberScope } from '../member/member-scope';
import { isInGoodStanding } from '../member/member.table';
import { dimensionSql } from './member-counts.repository';
import { MEMBER_DIMENSIONS, PENDING_DIMENSION, PENDING_VALUE } from './member-dimensions';
import type { StatsAccumulator } from './member-stats';

/** Dimensions of many values are grouped by; those of one value (`only`) are summed per group. */
const GROUPED = MEMBER_DIMENSIONS.filter((d) => !('only' in d));
const SUMMED = MEMBER_DIMENSIONS.filter((d) => 'only' in d);

/**
 * Member figures aggregated by the database for a set of keys of one column (organizations by
 * `org_id`, towns by `region_code`), grouped into the same cells as the maintained region counters
 * so every figure counts alike: two statements for any number of keys, served by the index that
 * begins with that column. Only rows inside `scope` are counted.
 */
export async function addAggregatedCells(
  db: Kysely<Database>,
  column: 'org_id' | 'region_code',
  keys: readonly string[],
  scope: Scope,
  accumulators: ReadonlyMap<string, StatsAccumulator>,
): Promise<void> {
  if (keys.length === 0) return;
  const groupedValues = GROUPED.map((d) => dimensionSql(d).value);
  const rows = (await db
    .selectFrom('members')
    .select([
      sql<string>`${sql.ref(column)}`.as('k'),
      sql<string>`status`.as('row_status'),
      ...GROUPED.map((d, i) => groupedValues[i]!.as(`g_${d.name}`)),
      ...SUMMED.map((d) =>
        sql<number>`sum(case when ${dimensionSql(d).where} then 1 else 0 end)`.as(`s_${d.name}`),
      ),
      sql<number>`count(*)`.as('n'),
    ])
    .where(column, 'in', [...keys])
    .where(memberScope(scope))
    .groupBy([column, 'status', ...groupedValues])
    .execute()) as unknown as Record<string, string | number | null>[];
  for (const row of rows) {
    const acc = accumulators.get(String(row.k))!;
    const n = Number(row.n);
    const good = isInGoodStanding(String(row.row_status));
    for (const d of GROUPED) {
      const value = row[`g_${d.name}`];
      if (value === null || value === undefined || (d.inGoodStanding && !good)) continue;
      acc.add(d.name, String(value), n);
    }
    for (const d of SUMMED) acc.add(d.name, String(d.only), Number(row[`s_${d.name}`]));
  }
  const pending = await db
    .selectFrom('membership_applications')
    .select([sql<string>`${sql.ref(column)}`.as('k'), sql<number>`count(*)`.as('n')])
    .where(column, 'in', [...keys])
    .where('status', '=', 'PENDING')
    .where(applicationScope(scope))
    .groupBy(column)
    .execute();
  for (const row of pending) accumulators.get(row.k)!.add(PENDING_DIMENSION, PENDING_VALUE, Number(row.n));
}
