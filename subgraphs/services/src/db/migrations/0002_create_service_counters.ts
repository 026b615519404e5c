import { asciiColumn } from '@union/kit';
import { sql, type Kysely } from 'kysely';

/*
 * Frozen in time: never edit after it has been applied anywhere; add a new migration instead.
 *
 * Region.serviceStats and Organization.serviceStats from state kept in the same transaction as every
 * write (docs/architecture.md §7), instead of five aggregates over every row on each request
 * (measured at scale 50: ≈6.5 s for the province).
 *
 * service_counters: one row per (holder, metric, value, bucket). A holder is every region level a
 * row lies in (44, 4401, 440106, its own code) and its organization id, so any region's or
 * organization's figures are a keyed read of its own rows. Metrics: REQ (requests by status),
 * RATED and RATING (count and sum of ratings), HARDSHIP (open cases by level), PAID (cents, bucket =
 * year granted), SERVED (distinct members, value = category or '*', bucket = '' for all time or the
 * year of the activity).
 *
 * service_first_served: per member, bucket ('' or year) and category ('*' for any), the participation
 * that first served them; SERVED counts these facts once, at that participation's region and
 * organization, so distinct counts stay exact without counting distinct rows on a read.
 *
 * The backfill below is this migration's own copy of the recount (it imports nothing from the app).
 */
const LEVELS = [2, 4, 6, 9];

export async function up(db: Kysely<any>): Promise<void> {
  const id = asciiColumn(db, 'char(36)');
  await db.schema
    .createTable('service_counters')
    .addColumn('holder', asciiColumn(db, 'varchar(36)'), (c) => c.notNull())
    .addColumn('metric', asciiColumn(db, 'varchar(10)'), (c) => c.notNull())
    .addColumn('value', asciiColumn(db, 'varchar(32)'), (c) => c.notNull())
    .addColumn('bucket', asciiColumn(db, 'varchar(10)'), (c) => c.notNull())
    .addColumn('n', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_counters_pk', ['holder', 'metric', 'value', 'bucket'])
    .execute();
  await db.schema
    .createTable('service_first_served')
    .addColumn('member_id', id, (c) => c.notNull())
    .addColumn('bucket', asciiColumn(db, 'varchar(4)'), (c) => c.notNull())
    .addColumn('category', asciiColumn(db, 'varchar(30)'), (c) => c.notNull())
    .addColumn('participation_id', id, (c) => c.notNull())
    .addColumn('org_id', id, (c) => c.notNull())
    .addColumn('region_code', asciiColumn(db, 'varchar(12)'), (c) => c.notNull())
    .addPrimaryKeyConstraint('service_first_served_pk', ['member_id', 'bucket', 'category'])
    .execute();
  await backfill(db);
}

async function backfill(db: Kysely<any>): Promise<void> {
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

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('service_first_served').execute();
  await db.schema.dropTable('service_counters').execute();
}
