import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';

const LEVELS = [2, 4, 6, 9];

/*
 * Recomputes every service counter and first-served fact from the rows in SQL (bulk loads such as
 * the seed, which insert rows without the per-write path). Same table as the per-write path and
 * recountServiceCounters: a member's facts are established by their lowest participation id.
 */
export async function rebuildServiceCounters(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('service_counters').execute();
  await db.deleteFrom('service_first_served').execute();
  const year = 'substr(activity_on, 1, 4)';
  for (const [bucket, category] of [
    ["''", "'*'"],
    ["''", 'category'],
    [year, "'*'"],
    [year, 'category'],
  ] as const) {
    const group = [
      'member_id',
      ...(bucket === year ? [year] : []),
      ...(category === 'category' ? ['category'] : []),
    ];
    await sql`insert into service_first_served (member_id, bucket, category, participation_id, org_id, region_code)
      select member_id, ${sql.raw(bucket)}, ${sql.raw(category)}, id, org_id, region_code from participations
      where id in (select min(id) from participations group by ${sql.raw(group.join(', '))})`.execute(db);
  }
  const holders: [string, string][] = [
    ...LEVELS.map((n): [string, string] => [`substr(region_code, 1, ${n})`, `length(region_code) > ${n}`]),
    ['region_code', '1 = 1'],
    ['org_id', '1 = 1'],
  ];
  for (const [h, where] of holders) {
    const selects = [
      `select ${h}, 'REQ', status, '', count(*) from service_requests where ${where} group by ${h}, status`,
      `select ${h}, 'RATED', '', '', count(*) from service_requests where ${where} and rating is not null group by ${h}`,
      `select ${h}, 'RATING', '', '', sum(rating) from service_requests where ${where} and rating is not null group by ${h}`,
      `select ${h}, 'HARDSHIP', level, '', count(*) from hardship_cases where ${where} and status = 'OPEN' group by ${h}, level`,
      `select ${h}, 'PAID', '', substr(granted_on, 1, 4), sum(amount_cents) from assistance_grants where ${where} group by ${h}, substr(granted_on, 1, 4)`,
      `select ${h}, 'SERVED', category, bucket, count(*) from service_first_served where ${where} group by ${h}, category, bucket`,
    ];
    for (const select of selects)
      await sql`insert into service_counters (holder, metric, value, bucket, n) ${sql.raw(select)}`.execute(
        db,
      );
  }
}
