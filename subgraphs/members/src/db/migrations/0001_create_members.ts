import { asciiColumn, type AsciiWidth } from '@union/kit';
import { sql, type Kysely } from 'kysely';

/*
 * Frozen in time: never edit after it has been applied anywhere; add a new migration instead.
 * Every row that belongs to an organization carries org_id and region_code so scope is a local,
 * indexed predicate (docs/architecture.md §3.4). Personal numbers exist only encrypted (…_enc) with a keyed blind
 * index (…_index) and a display mask. Keys, codes and indexes are ASCII: on MySQL they compare as
 * bytes (ascii_bin), which the organizations subgraph measured to matter for LIKE prefixes.
 * No auto-increment keys, no triggers (docs/architecture.md §7).
 */
type Ascii = 'id' | 'code' | 'index' | 'card';
const WIDTH: Record<Ascii, AsciiWidth> = {
  id: 'char(36)',
  code: 'varchar(12)',
  index: 'char(32)',
  card: 'varchar(24)',
};
const ascii = (db: Kysely<any>, kind: Ascii) => asciiColumn(db, WIDTH[kind]);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('members')
    .addColumn('id', ascii(db, 'id'), (c) => c.primaryKey())
    .addColumn('org_id', ascii(db, 'id'), (c) => c.notNull())
    .addColumn('region_code', ascii(db, 'code'), (c) => c.notNull())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('id_number_enc', 'varchar(96)', (c) => c.notNull())
    .addColumn('id_number_index', ascii(db, 'index'), (c) => c.notNull())
    .addColumn('id_number_masked', 'varchar(18)', (c) => c.notNull())
    .addColumn('phone_enc', 'varchar(96)')
    .addColumn('phone_index', ascii(db, 'index'))
    .addColumn('phone_masked', 'varchar(11)')
    .addColumn('gender', 'varchar(6)', (c) => c.notNull())
    // Needed in SQL for age-band filters; only ever shown through the pii:read gate.
    .addColumn('birth_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('hukou_type', 'varchar(5)', (c) => c.notNull())
    .addColumn('is_migrant_worker', 'integer', (c) => c.notNull())
    .addColumn('education', 'varchar(20)')
    .addColumn('occupation', 'varchar(100)')
    .addColumn('skill_level', 'varchar(20)', (c) => c.notNull())
    .addColumn('model_worker_level', 'varchar(10)')
    .addColumn('card_number', ascii(db, 'card'), (c) => c.notNull())
    .addColumn('joined_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('status_reason', 'varchar(500)')
    .addColumn('verification_status', 'varchar(10)', (c) => c.notNull())
    .addColumn('verified_by', 'varchar(100)')
    .addColumn('verified_at', 'varchar(23)')
    .addColumn('verification_note', 'varchar(500)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('members_id_number_index_uq')
    .on('members')
    .column('id_number_index')
    .unique()
    .execute();
  await db.schema
    .createIndex('members_card_number_uq')
    .on('members')
    .column('card_number')
    .unique()
    .execute();
  // Lists in region scope page by (region_code, id); the organization's lists by (org_id, region_code, id).
  await db.schema.createIndex('members_region_idx').on('members').columns(['region_code', 'id']).execute();
  await db.schema
    .createIndex('members_org_idx')
    .on('members')
    .columns(['org_id', 'region_code', 'id'])
    .execute();

  await db.schema
    .createTable('membership_applications')
    .addColumn('id', ascii(db, 'id'), (c) => c.primaryKey())
    .addColumn('org_id', ascii(db, 'id'), (c) => c.notNull())
    .addColumn('region_code', ascii(db, 'code'), (c) => c.notNull())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('id_number_enc', 'varchar(96)', (c) => c.notNull())
    .addColumn('id_number_index', ascii(db, 'index'), (c) => c.notNull())
    .addColumn('id_number_masked', 'varchar(18)', (c) => c.notNull())
    .addColumn('phone_enc', 'varchar(96)', (c) => c.notNull())
    .addColumn('phone_masked', 'varchar(11)', (c) => c.notNull())
    .addColumn('hukou_type', 'varchar(5)', (c) => c.notNull())
    .addColumn('education', 'varchar(20)')
    .addColumn('occupation', 'varchar(100)')
    .addColumn('employer_name', 'varchar(200)')
    .addColumn('employer_credit_code', 'varchar(18)')
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    // '<id index>:<org id>' while PENDING, NULL after: one pending application per person and organization.
    .addColumn('pending_key', sql.raw('varchar(80)'))
    .addColumn('reason', 'varchar(500)')
    .addColumn('member_id', ascii(db, 'id'))
    .addColumn('decided_by', 'varchar(100)')
    .addColumn('decided_at', 'varchar(23)')
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('applications_pending_key_uq')
    .on('membership_applications')
    .column('pending_key')
    .unique()
    .execute();
  await db.schema
    .createIndex('applications_org_idx')
    .on('membership_applications')
    .columns(['org_id', 'status', 'id'])
    .execute();
  await db.schema
    .createIndex('applications_region_idx')
    .on('membership_applications')
    .columns(['region_code', 'id'])
    .execute();

  await db.schema
    .createTable('member_transfers')
    .addColumn('id', ascii(db, 'id'), (c) => c.primaryKey())
    .addColumn('member_id', ascii(db, 'id'), (c) => c.notNull())
    .addColumn('from_org_id', ascii(db, 'id'), (c) => c.notNull())
    .addColumn('from_region_code', ascii(db, 'code'), (c) => c.notNull())
    .addColumn('to_org_id', ascii(db, 'id'), (c) => c.notNull())
    .addColumn('to_region_code', ascii(db, 'code'), (c) => c.notNull())
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    // member_id while PENDING, NULL after: at most one open transfer per member, enforced by the database.
    .addColumn('open_key', ascii(db, 'id'))
    .addColumn('reason', 'varchar(500)')
    .addColumn('requested_by', 'varchar(100)', (c) => c.notNull())
    .addColumn('decided_by', 'varchar(100)')
    .addColumn('decided_at', 'varchar(23)')
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('transfers_open_uq')
    .on('member_transfers')
    .column('open_key')
    .unique()
    .execute();
  await db.schema
    .createIndex('transfers_member_idx')
    .on('member_transfers')
    .columns(['member_id', 'id'])
    .execute();
  await db.schema
    .createIndex('transfers_to_org_idx')
    .on('member_transfers')
    .columns(['to_org_id', 'status', 'id'])
    .execute();

  await db.schema
    .createTable('member_history')
    .addColumn('id', ascii(db, 'id'), (c) => c.primaryKey())
    .addColumn('member_id', ascii(db, 'id'), (c) => c.notNull())
    .addColumn('region_code', ascii(db, 'code'), (c) => c.notNull())
    .addColumn('action', 'varchar(30)', (c) => c.notNull())
    .addColumn('fields', 'varchar(500)', (c) => c.notNull())
    .addColumn('actor', 'varchar(100)', (c) => c.notNull())
    .addColumn('request_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('member_history_member_idx')
    .on('member_history')
    .columns(['member_id', 'id'])
    .execute();

  await db.schema
    .createTable('pii_access_log')
    .addColumn('id', ascii(db, 'id'), (c) => c.primaryKey())
    .addColumn('region_code', ascii(db, 'code'), (c) => c.notNull())
    .addColumn('member_id', ascii(db, 'id'), (c) => c.notNull())
    .addColumn('actor', 'varchar(100)', (c) => c.notNull())
    .addColumn('actor_role', 'varchar(20)', (c) => c.notNull())
    .addColumn('field', 'varchar(12)', (c) => c.notNull())
    .addColumn('request_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('pii_access_region_idx')
    .on('pii_access_log')
    .columns(['region_code', 'id'])
    .execute();

  // Maintained per exact region code in every write's transaction; summed by prefix when asked.
  await db.schema
    .createTable('region_member_counts')
    .addColumn('region_code', ascii(db, 'code'), (c) => c.notNull())
    .addColumn('dimension', ascii(db, 'code'), (c) => c.notNull())
    .addColumn('value', sql.raw('varchar(32)'), (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('region_member_counts_pk', ['region_code', 'dimension', 'value'])
    .execute();

  // Next card number sequence per 6-digit region; the row lock serializes issuers of one county.
  await db.schema
    .createTable('card_sequences')
    .addColumn('region6', ascii(db, 'code'), (c) => c.primaryKey())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'card_sequences',
    'region_member_counts',
    'pii_access_log',
    'member_history',
    'member_transfers',
    'membership_applications',
    'members',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
