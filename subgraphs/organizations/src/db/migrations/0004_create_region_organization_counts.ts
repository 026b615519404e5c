import { sql, type Kysely } from 'kysely';

/*
 * Region figures at province scale must not count every organization row per request (measured:
 * ≈250 ms for Guangdong at 110k unions). Counters per (region code, kind) are kept in the same
 * transaction as every write that changes them, and summed by prefix when asked. This migration
 * fills them from the rows already present.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('region_organization_counts')
    .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('worker_homes', 'integer', (c) => c.notNull())
    .addColumn('demonstration_sites', 'integer', (c) => c.notNull())
    .addColumn('integrated_homes', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('region_organization_counts_pk', ['region_code', 'kind'])
    .execute();
  await db
    .insertInto('region_organization_counts')
    .columns(['region_code', 'kind', 'active', 'worker_homes', 'demonstration_sites', 'integrated_homes'])
    .expression(
      db
        .selectFrom('organizations as o')
        .leftJoin('worker_homes as w', 'w.org_id', 'o.id')
        .select([
          'o.region_code',
          'o.kind',
          sql<number>`count(*)`.as('active'),
          sql<number>`count(w.org_id)`.as('worker_homes'),
          sql<number>`sum(case when w.demonstration_level is not null then 1 else 0 end)`.as(
            'demonstration_sites',
          ),
          sql<number>`sum(case when w.integrated then 1 else 0 end)`.as('integrated_homes'),
        ])
        .where('o.status', '=', 'ACTIVE')
        .groupBy(['o.region_code', 'o.kind']),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('region_organization_counts').execute();
}
