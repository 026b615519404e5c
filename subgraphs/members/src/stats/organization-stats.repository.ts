import type { Scope } from '@union/kit';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';
import { applicationScope } from '../application/application-scope';
import { memberScope } from '../member/member-scope';
import { IN_GOOD_STANDING } from './member-counts.repository';
import { StatsAccumulator, type MemberStats } from './member-stats';

/*
 * Figures of organizations (a few thousand members at most) aggregated by the database over the
 * (org_id, …) index, grouped into the same cells as the region counters so both count alike:
 * two statements for any number of organizations. Rows outside the caller's scope are not counted.
 */
export async function organizationMemberStats(
  db: Kysely<Database>,
  orgIds: readonly string[],
  scope: Scope,
  today: Date = new Date(),
): Promise<Map<string, MemberStats>> {
  const acc = new Map(orgIds.map((id) => [id, new StatsAccumulator(today)]));
  if (orgIds.length === 0) return new Map();
  const good = sql.join(IN_GOOD_STANDING.map((s) => sql.lit(s)));
  const rows = await db
    .selectFrom('members')
    .select([
      'org_id',
      'status',
      sql<number>`sum(case when status in (${good}) and is_migrant_worker = 1 then 1 else 0 end)`.as(
        'migrant',
      ),
      sql<number>`sum(case when status in (${good}) and gender = 'FEMALE' then 1 else 0 end)`.as('women'),
      sql<string>`coalesce(education, 'NONE')`.as('education'),
      sql<string>`substr(birth_date, 1, 7)`.as('month'),
      sql<number>`count(*)`.as('n'),
    ])
    .where('org_id', 'in', [...orgIds])
    .where(memberScope(scope))
    .groupBy(['org_id', 'status', sql`coalesce(education, 'NONE')`, sql`substr(birth_date, 1, 7)`])
    .execute();
  for (const row of rows) {
    const a = acc.get(row.org_id)!;
    const n = Number(row.n);
    a.add('status', row.status, n);
    a.add('migrant', '1', Number(row.migrant));
    a.add('gender', 'FEMALE', Number(row.women));
    if ((IN_GOOD_STANDING as readonly string[]).includes(row.status)) {
      a.add('education', row.education, n);
      a.add('birth_month', row.month, n);
    }
  }
  const pending = await db
    .selectFrom('membership_applications')
    .select(['org_id', sql<number>`count(*)`.as('n')])
    .where('org_id', 'in', [...orgIds])
    .where('status', '=', 'PENDING')
    .where(applicationScope(scope))
    .groupBy('org_id')
    .execute();
  for (const row of pending) acc.get(row.org_id)!.add('pending', 'applications', Number(row.n));
  return new Map(orgIds.map((id) => [id, acc.get(id)!.result()]));
}
