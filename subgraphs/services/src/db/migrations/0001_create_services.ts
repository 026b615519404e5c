import { asciiColumn } from '@union/kit';
import type { Kysely } from 'kysely';

/*
 * Frozen in time: never edit after it has been applied anywhere; add a new migration instead.
 * Every row about a member or an organization carries org_id and region_code (copied at write time)
 * so scope is a local indexed predicate (docs/architecture.md §3.4); every list index starts with its scope column.
 * Booleans are integers 0/1 on both engines; "open"/"live" markers are 1 or NULL so a unique key
 * over (member_id, marker) allows one live row per member and any number of finished ones.
 * On MySQL ids and codes are ascii_bin (byte comparison, as organizations' migration 0003 measured).
 */
type Kind = 'id' | 'code';

const keyType = (db: Kysely<any>, kind: Kind) => asciiColumn(db, kind === 'id' ? 'char(36)' : 'varchar(12)');

async function index(db: Kysely<any>, table: string, name: string, columns: string[], unique = false) {
  let builder = db.schema.createIndex(name).on(table).columns(columns);
  if (unique) builder = builder.unique();
  await builder.execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  const id = keyType(db, 'id');
  const code = keyType(db, 'code');

  await db.schema
    .createTable('service_programs')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('description', 'varchar(2000)')
    .addColumn('category', 'varchar(30)', (c) => c.notNull())
    .addColumn('mode', 'varchar(10)', (c) => c.notNull())
    .addColumn('org_id', id, (c) => c.notNull())
    .addColumn('region_code', code, (c) => c.notNull())
    .addColumn('covered_region', code, (c) => c.notNull())
    .addColumn('migrant_only', 'integer', (c) => c.notNull())
    .addColumn('hardship_only', 'integer', (c) => c.notNull())
    .addColumn('min_age', 'integer')
    .addColumn('max_age', 'integer')
    .addColumn('gender', 'varchar(6)')
    .addColumn('capacity', 'integer')
    .addColumn('taken', 'integer', (c) => c.notNull())
    .addColumn('opens_on', 'varchar(10)')
    .addColumn('closes_on', 'varchar(10)')
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await index(db, 'service_programs', 'service_programs_region_idx', ['region_code', 'id']);
  await index(db, 'service_programs', 'service_programs_org_idx', ['org_id', 'id']);
  // Recommendations: open targeted programs whose covered region is a prefix of the member's.
  await index(db, 'service_programs', 'service_programs_covered_idx', ['covered_region', 'status', 'mode']);

  await db.schema
    .createTable('service_requests')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('program_id', id, (c) => c.notNull())
    .addColumn('category', 'varchar(30)', (c) => c.notNull())
    .addColumn('provider_org_id', id, (c) => c.notNull())
    .addColumn('member_id', id, (c) => c.notNull())
    .addColumn('org_id', id, (c) => c.notNull())
    .addColumn('region_code', code, (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('live_marker', 'integer')
    .addColumn('note', 'varchar(500)')
    .addColumn('reason', 'varchar(500)')
    .addColumn('rating', 'integer')
    .addColumn('rating_comment', 'varchar(1000)')
    .addColumn('rated_at', 'varchar(23)')
    .addColumn('submitted_by', 'varchar(100)', (c) => c.notNull())
    .addColumn('submitted_at', 'varchar(23)', (c) => c.notNull())
    .addColumn('completed_at', 'varchar(23)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await index(db, 'service_requests', 'service_requests_region_idx', ['region_code', 'status', 'id']);
  await index(db, 'service_requests', 'service_requests_org_idx', ['org_id', 'id']);
  await index(db, 'service_requests', 'service_requests_provider_idx', ['provider_org_id', 'id']);
  await index(db, 'service_requests', 'service_requests_member_idx', ['member_id', 'id']);
  await index(db, 'service_requests', 'service_requests_program_idx', ['program_id', 'id']);
  // One live (not rejected, cancelled) request per member and program, race-safe on both engines.
  await index(
    db,
    'service_requests',
    'service_requests_live_uq',
    ['program_id', 'member_id', 'live_marker'],
    true,
  );

  await db.schema
    .createTable('participations')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('member_id', id, (c) => c.notNull())
    .addColumn('org_id', id, (c) => c.notNull())
    .addColumn('region_code', code, (c) => c.notNull())
    .addColumn('program_id', id, (c) => c.notNull())
    .addColumn('category', 'varchar(30)', (c) => c.notNull())
    .addColumn('activity_key', 'varchar(80)', (c) => c.notNull())
    .addColumn('activity_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('source', 'varchar(10)', (c) => c.notNull())
    .addColumn('request_id', id)
    .addColumn('recorded_by', 'varchar(100)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  // Idempotent check-in: one row per member and activity.
  await index(db, 'participations', 'participations_member_activity_uq', ['member_id', 'activity_key'], true);
  await index(db, 'participations', 'participations_region_idx', ['region_code', 'category', 'member_id']);
  await index(db, 'participations', 'participations_org_idx', ['org_id', 'category', 'member_id']);
  await index(db, 'participations', 'participations_program_idx', ['program_id', 'id']);

  await db.schema
    .createTable('hardship_cases')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('member_id', id, (c) => c.notNull())
    .addColumn('org_id', id, (c) => c.notNull())
    .addColumn('region_code', code, (c) => c.notNull())
    .addColumn('level', 'varchar(10)', (c) => c.notNull())
    .addColumn('reasons', 'varchar(200)', (c) => c.notNull())
    .addColumn('household_size', 'integer', (c) => c.notNull())
    .addColumn('income_per_head_cents', 'bigint', (c) => c.notNull())
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('open_marker', 'integer')
    .addColumn('opened_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('relieved_on', 'varchar(10)')
    .addColumn('closed_on', 'varchar(10)')
    .addColumn('close_reason', 'varchar(500)')
    .addColumn('note', 'varchar(1000)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  // One open case per member, race-safe on both engines.
  await index(db, 'hardship_cases', 'hardship_cases_member_open_uq', ['member_id', 'open_marker'], true);
  await index(db, 'hardship_cases', 'hardship_cases_region_idx', ['region_code', 'status', 'level']);
  await index(db, 'hardship_cases', 'hardship_cases_org_idx', ['org_id', 'status', 'level']);

  await db.schema
    .createTable('assistance_grants')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('case_id', id, (c) => c.notNull())
    .addColumn('member_id', id, (c) => c.notNull())
    .addColumn('org_id', id, (c) => c.notNull())
    .addColumn('region_code', code, (c) => c.notNull())
    .addColumn('granting_org_id', id, (c) => c.notNull())
    .addColumn('granting_region_code', code, (c) => c.notNull())
    .addColumn('amount_cents', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'varchar(12)', (c) => c.notNull())
    .addColumn('granted_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('granted_year', 'integer', (c) => c.notNull())
    .addColumn('idempotency_key', 'varchar(100)', (c) => c.notNull().unique())
    .addColumn('note', 'varchar(500)')
    .addColumn('created_by', 'varchar(100)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await index(db, 'assistance_grants', 'assistance_grants_case_idx', ['case_id', 'id']);
  await index(db, 'assistance_grants', 'assistance_grants_member_idx', ['member_id', 'granted_year']);
  await index(db, 'assistance_grants', 'assistance_grants_org_idx', ['org_id', 'granted_year']);
  await index(db, 'assistance_grants', 'assistance_grants_region_idx', ['region_code', 'granted_year']);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'assistance_grants',
    'hardship_cases',
    'participations',
    'service_requests',
    'service_programs',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
