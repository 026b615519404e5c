import type { Kysely } from 'kysely';

/*
 * Frozen in time: never edit after it has been applied anywhere; add a new migration instead.
 * Every row that belongs to an organization carries org_id/region_code so scope is a local,
 * indexed predicate (docs/architecture.md §3.4). No auto-increment keys, no triggers (docs/architecture.md §7).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('code', 'varchar(12)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('level', 'varchar(10)', (c) => c.notNull())
    .addColumn('parent_code', 'varchar(12)')
    .execute();
  await db.schema
    .createIndex('regions_parent_code_idx')
    .on('regions')
    .columns(['parent_code', 'code'])
    .execute();

  await db.schema
    .createTable('employers')
    .addColumn('id', 'char(36)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('credit_code', 'char(18)', (c) => c.notNull().unique())
    .addColumn('industry_code', 'char(1)', (c) => c.notNull())
    .addColumn('ownership', 'varchar(30)', (c) => c.notNull())
    .addColumn('employee_count', 'integer', (c) => c.notNull())
    .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('employers_region_idx')
    .on('employers')
    .columns(['region_code', 'id'])
    .execute();

  await db.schema
    .createTable('organizations')
    .addColumn('id', 'char(36)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('level', 'varchar(12)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('parent_id', 'char(36)')
    // '/<root id>/…/<own id>/': ancestors are read from it, descendants found by its prefix.
    .addColumn('path', 'varchar(480)', (c) => c.notNull())
    .addColumn('employer_id', 'char(36)')
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('successor_id', 'char(36)')
    .addColumn('established_on', 'varchar(10)')
    .addColumn('dissolved_on', 'varchar(10)')
    .addColumn('chairperson', 'varchar(100)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('organizations_region_idx')
    .on('organizations')
    .columns(['region_code', 'id'])
    .execute();
  await db.schema
    .createIndex('organizations_parent_idx')
    .on('organizations')
    .columns(['parent_id', 'id'])
    .execute();
  await db.schema.createIndex('organizations_path_idx').on('organizations').columns(['path']).execute();
  await db.schema
    .createIndex('organizations_employer_idx')
    .on('organizations')
    .columns(['employer_id'])
    .execute();

  await db.schema
    .createTable('worker_homes')
    .addColumn('org_id', 'char(36)', (c) => c.primaryKey())
    .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('integrated', 'boolean', (c) => c.notNull())
    .addColumn('demonstration_level', 'varchar(12)')
    .addColumn('rating', 'integer')
    .addColumn('certified_on', 'varchar(10)')
    .addColumn('updated_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('worker_homes_region_idx')
    .on('worker_homes')
    .columns(['region_code'])
    .execute();

  await db.schema
    .createTable('organization_events')
    .addColumn('id', 'char(36)', (c) => c.primaryKey())
    .addColumn('org_id', 'char(36)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('event', 'varchar(20)', (c) => c.notNull())
    .addColumn('actor', 'varchar(100)', (c) => c.notNull())
    .addColumn('request_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('organization_events_org_idx')
    .on('organization_events')
    .columns(['org_id', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['organization_events', 'worker_homes', 'organizations', 'employers', 'regions']) {
    await db.schema.dropTable(table).execute();
  }
}
