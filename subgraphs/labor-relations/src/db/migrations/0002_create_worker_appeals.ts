import { asciiColumn, type AsciiWidth } from '@union/kit';
import type { Kysely } from 'kysely';

/*
 * Frozen in time: never edit after it has been applied anywhere; add a new migration instead.
 * Worker appeals (职工诉求, the 12351 line). Like disputes: ids and codes ascii_bin on MySQL,
 * numbers from a counter row per city and year, no auto-increment, no triggers. The caller of an
 * appeal without a member identity is stored like members' personal data: AES-256-GCM ciphertext
 * plus a keyed blind index of the phone (no plaintext column). Region figures come from
 * appeal_counters, kept in the same transaction as every write (one row per ancestor region code,
 * dimension, metric and bucket), so Region.appealStats is a keyed read whatever the volume.
 */
type Kind = 'id' | 'code' | 'city' | 'number' | 'index';

const WIDTH: Record<Kind, AsciiWidth> = {
  id: 'char(36)',
  code: 'varchar(12)',
  city: 'varchar(4)',
  number: 'varchar(20)',
  index: 'char(32)',
};
const keyType = (db: Kysely<any>, kind: Kind) => asciiColumn(db, WIDTH[kind]);

export async function up(db: Kysely<any>): Promise<void> {
  const id = keyType(db, 'id');
  const code = keyType(db, 'code');

  await db.schema
    .createTable('worker_appeals')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('appeal_number', keyType(db, 'number'), (c) => c.notNull().unique())
    .addColumn('channel', 'varchar(16)', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('category', 'varchar(32)', (c) => c.notNull())
    .addColumn('summary', 'varchar(200)', (c) => c.notNull())
    .addColumn('details', 'varchar(2000)')
    .addColumn('member_id', id)
    .addColumn('caller_name_enc', 'varchar(600)')
    .addColumn('caller_phone_enc', 'varchar(200)')
    .addColumn('caller_phone_index', keyType(db, 'index'))
    // What the appeal concerns: region (required), organization and employer (optional).
    .addColumn('region_code', code, (c) => c.notNull())
    .addColumn('org_id', id)
    .addColumn('employer_id', id)
    // Who holds it now: an organization, or (null) the line of the federation of handler_region_code.
    .addColumn('handler_org_id', id)
    .addColumn('handler_region_code', code, (c) => c.notNull())
    .addColumn('handler_kind', 'varchar(24)', (c) => c.notNull())
    .addColumn('from_org_id', id)
    .addColumn('from_region_code', code)
    .addColumn('from_kind', 'varchar(24)')
    .addColumn('assignee', 'varchar(100)')
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('submitted_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('due_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('accepted_on', 'varchar(10)')
    .addColumn('resolved_on', 'varchar(10)')
    .addColumn('outcome', 'varchar(20)')
    .addColumn('resolution', 'varchar(2000)')
    .addColumn('callback_attempts', 'integer', (c) => c.notNull())
    .addColumn('satisfaction', 'varchar(24)')
    .addColumn('called_back_on', 'varchar(10)')
    .addColumn('closed_on', 'varchar(10)')
    .addColumn('reopen_count', 'integer', (c) => c.notNull())
    .addColumn('escalation_count', 'integer', (c) => c.notNull())
    .addColumn('dispute_id', id)
    .addColumn('follow_up_hash', 'varchar(160)')
    .addColumn('request_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  // Root lists and the region scope (FEDERATION_ADMIN / AUDITOR).
  await db.schema
    .createIndex('appeals_region_idx')
    .on('worker_appeals')
    .columns(['region_code', 'id'])
    .execute();
  // The ORG_ADMIN scope (the handler) and Organization.appeals(role: HANDLER).
  await db.schema
    .createIndex('appeals_handler_idx')
    .on('worker_appeals')
    .columns(['handler_org_id', 'id'])
    .execute();
  // Member.appeals and the MEMBER scope.
  await db.schema
    .createIndex('appeals_member_idx')
    .on('worker_appeals')
    .columns(['member_id', 'id'])
    .execute();
  // Organization.appeals(role: CONCERNED) and the appeal figures of Organization.laborRelations, index-only.
  await db.schema
    .createIndex('appeals_org_idx')
    .on('worker_appeals')
    .columns(['org_id', 'kind', 'submitted_on', 'status', 'id'])
    .execute();
  // Region.appealHotspots: rights complaints of 90 days per employer, index-only.
  await db.schema
    .createIndex('appeals_region_kind_idx')
    .on('worker_appeals')
    .columns(['region_code', 'kind', 'submitted_on', 'employer_id'])
    .execute();
  // Repeat callers, found by the blind index.
  await db.schema
    .createIndex('appeals_caller_idx')
    .on('worker_appeals')
    .columns(['caller_phone_index', 'id'])
    .execute();
  // LaborDispute.appeal.
  await db.schema.createIndex('appeals_dispute_idx').on('worker_appeals').columns(['dispute_id']).execute();

  await db.schema
    .createTable('appeal_events')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('appeal_id', id, (c) => c.notNull())
    .addColumn('region_code', code, (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('from_status', 'varchar(12)')
    .addColumn('to_status', 'varchar(12)')
    .addColumn('handler_org_id', id)
    .addColumn('handler_region_code', code)
    .addColumn('satisfaction', 'varchar(24)')
    .addColumn('note', 'varchar(2000)')
    // 1: the note is for staff only (never shown to the worker).
    .addColumn('internal', 'integer', (c) => c.notNull())
    .addColumn('actor', 'varchar(100)', (c) => c.notNull())
    .addColumn('actor_role', 'varchar(20)', (c) => c.notNull())
    .addColumn('request_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appeal_events_appeal_idx')
    .on('appeal_events')
    .columns(['appeal_id', 'id'])
    .execute();

  await db.schema
    .createTable('appeal_number_counters')
    .addColumn('city_code', keyType(db, 'city'), (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('appeal_number_counters_pk', ['city_code', 'year'])
    .execute();

  await db.schema
    .createTable('appeal_counters')
    .addColumn('region_code', code, (c) => c.notNull())
    .addColumn('dim', 'varchar(10)', (c) => c.notNull())
    .addColumn('dim_value', 'varchar(32)', (c) => c.notNull())
    .addColumn('metric', 'varchar(12)', (c) => c.notNull())
    .addColumn('bucket', 'varchar(10)', (c) => c.notNull())
    .addColumn('n', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('appeal_counters_pk', ['region_code', 'dim', 'dim_value', 'metric', 'bucket'])
    .execute();

  await db.schema
    .createTable('appeal_pii_access_log')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('region_code', code, (c) => c.notNull())
    .addColumn('appeal_id', id, (c) => c.notNull())
    .addColumn('actor', 'varchar(100)', (c) => c.notNull())
    .addColumn('actor_role', 'varchar(20)', (c) => c.notNull())
    .addColumn('field', 'varchar(16)', (c) => c.notNull())
    .addColumn('request_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appeal_pii_access_region_idx')
    .on('appeal_pii_access_log')
    .columns(['region_code', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'appeal_pii_access_log',
    'appeal_counters',
    'appeal_number_counters',
    'appeal_events',
    'worker_appeals',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
