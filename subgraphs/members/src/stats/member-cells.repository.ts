import type { Scope } from '@union/kit';
import { sql, type Kysely } from 'kysely';
import { applicationScope } from '../application/application-scope';
import type { Database } from '../db/database';
import { memberScope } from '../member/member-scope';
import { IN_GOOD_STANDING } from './member-counts.repository';
import type { StatsAccumulator } from './member-stats';

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
  const good = sql.join(IN_GOOD_STANDING.map((s) => sql.lit(s)));
  const rows = await db
    .selectFrom('members')
    .select([
      sql<string>`${sql.ref(column)}`.as('k'),
      'status',
      sql<number>`sum(case when status in (${good}) and is_migrant_worker = 1 then 1 else 0 end)`.as(
        'migrant',
      ),
      sql<number>`sum(case when status in (${good}) and gender = 'FEMALE' then 1 else 0 end)`.as('women'),
      sql<string>`coalesce(education, 'NONE')`.as('education'),
      sql<string>`substr(birth_date, 1, 7)`.as('month'),
      sql<number>`count(*)`.as('n'),
    ])
    .where(column, 'in', [...keys])
    .where(memberScope(scope))
    .groupBy([column, 'status', sql`coalesce(education, 'NONE')`, sql`substr(birth_date, 1, 7)`])
    .execute();
  for (const row of rows) {
    const acc = accumulators.get(row.k)!;
    const n = Number(row.n);
    acc.add('status', row.status, n);
    acc.add('migrant', '1', Number(row.migrant));
    acc.add('gender', 'FEMALE', Number(row.women));
    if ((IN_GOOD_STANDING as readonly string[]).includes(row.status)) {
      acc.add('education', row.education, n);
      acc.add('birth_month', row.month, n);
    }
  }
  const pending = await db
    .selectFrom('membership_applications')
    .select([sql<string>`${sql.ref(column)}`.as('k'), sql<number>`count(*)`.as('n')])
    .where(column, 'in', [...keys])
    .where('status', '=', 'PENDING')
    .where(applicationScope(scope))
    .groupBy(column)
    .execute();
  for (const row of pending) accumulators.get(row.k)!.add('pending', 'applications', Number(row.n));
}
