import { asciiColumn, type AsciiWidth } from '@union/kit';
import type { Kysely } from 'kysely';

/*
 * Frozen in time: never edit after it has been applied anywhere; add a new migration instead.
 * Every row about an organization carries org_id/region_code copied at write time, so scope is a
 * local indexed predicate (docs/architecture.md §3.4); every list is served by an index that begins with its
 * scope column. Keys and codes are ASCII by construction: on MySQL they are ascii_bin (byte
 * comparison, as organizations' migration 0003 measured); SQLite compares bytes already.
 * No auto-increment, no triggers (docs/architecture.md §7): case numbers come from a counter row per city and year.
 */
type Kind = 'id' | 'code' | 'city' | 'case';

const WIDTH: Record<Kind, AsciiWidth> = {
  id: 'char(36)',
  code: 'varchar(12)',
  city: 'varchar(4)',
  case: 'varchar(20)',
};
const keyType = (db: Kysely<any>, kind: Kind) => asciiColumn(db, WIDTH[kind]);

export async function up(db: Kysely<any>): Promise<void> {
  const id = keyType(db, 'id');
  const code = keyType(db, 'code');

  await db.schema
    .createTable('collective_contracts')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('org_id', id, (c) => c.notNull())
    .addColumn('region_code', code, (c) => c.notNull())
    .addColumn('employer_id', id)
    .addColumn('coverage', 'varchar(12)', (c) => c.notNull())
    .addColumn('covered_organizations', 'integer', (c) => c.notNull())
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    // Stored DRAFT, NEGOTIATING, SIGNED, FILED or TERMINATED; EXPIRED is derived from effective_to.
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('signed_on', 'varchar(10)')
    .addColumn('filed_on', 'varchar(10)')
    .addColumn('effective_from', 'varchar(10)')
    .addColumn('effective_to', 'varchar(10)')
    .addColumn('covered_employees', 'integer', (c) => c.notNull())
    .addColumn('wage_increase_bp', 'integer')
    .addColumn('terminated_on', 'varchar(10)')
    .addColumn('termination_reason', 'varchar(500)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contracts_region_idx')
    .on('collective_contracts')
    .columns(['region_code', 'id'])
    .execute();
  await db.schema
    .createIndex('contracts_org_idx')
    .on('collective_contracts')
    .columns(['org_id', 'id'])
    .execute();
  // Expiring-within-N-days lists, and the in-force figures of Region.laborStats index-only: at
  // 150k contracts (npm run bench, MariaDB) the figures statement read every row through
  // (region_code, effective_to) alone; covering what it sums makes it a range scan of the index.
  await db.schema
    .createIndex('contracts_region_expiry_idx')
    .on('collective_contracts')
    .columns([
      'region_code',
      'effective_to',
      'status',
      'effective_from',
      'kind',
      'coverage',
      'org_id',
      'covered_employees',
      'covered_organizations',
    ])
    .execute();

  await db.schema
    .createTable('contract_rounds')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('contract_id', id, (c) => c.notNull())
    .addColumn('org_id', id, (c) => c.notNull())
    .addColumn('region_code', code, (c) => c.notNull())
    .addColumn('round_number', 'integer', (c) => c.notNull())
    .addColumn('held_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('summary', 'varchar(2000)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  // Also what makes round numbers race-safe: a second writer of the same number fails.
  await db.schema
    .createIndex('contract_rounds_contract_idx')
    .on('contract_rounds')
    .columns(['contract_id', 'round_number'])
    .unique()
    .execute();

  await db.schema
    .createTable('labor_disputes')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('case_number', keyType(db, 'case'), (c) => c.notNull().unique())
    .addColumn('org_id', id, (c) => c.notNull())
    .addColumn('region_code', code, (c) => c.notNull())
    .addColumn('employer_id', id)
    .addColumn('category', 'varchar(24)', (c) => c.notNull())
    .addColumn('summary', 'varchar(2000)', (c) => c.notNull())
    .addColumn('headcount', 'integer', (c) => c.notNull())
    .addColumn('is_collective', 'integer', (c) => c.notNull())
    .addColumn('amount_claimed_cents', 'bigint', (c) => c.notNull())
    .addColumn('amount_recovered_cents', 'bigint', (c) => c.notNull())
    .addColumn('risk_level', 'varchar(8)', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('legal_aid_request_id', id)
    .addColumn('reported_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('closed_on', 'varchar(10)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('disputes_region_idx')
    .on('labor_disputes')
    .columns(['region_code', 'id'])
    .execute();
  await db.schema.createIndex('disputes_org_idx').on('labor_disputes').columns(['org_id', 'id']).execute();
  // Open disputes by category (and how many are collective) per region, index-only.
  await db.schema
    .createIndex('disputes_region_open_idx')
    .on('labor_disputes')
    .columns(['region_code', 'status', 'category', 'is_collective'])
    .execute();
  // This year's disputes and amounts per region, index-only.
  await db.schema
    .createIndex('disputes_region_reported_idx')
    .on('labor_disputes')
    .columns([
      'region_code',
      'reported_on',
      'is_collective',
      'amount_claimed_cents',
      'amount_recovered_cents',
    ])
    .execute();

  await db.schema
    .createTable('dispute_claimants')
    .addColumn('dispute_id', id, (c) => c.notNull())
    .addColumn('member_id', id, (c) => c.notNull())
    .addColumn('org_id', id, (c) => c.notNull())
    .addColumn('region_code', code, (c) => c.notNull())
    .addPrimaryKeyConstraint('dispute_claimants_pk', ['dispute_id', 'member_id'])
    .execute();
  // Member.disputes and the MEMBER scope (a member sees the disputes naming them).
  await db.schema
    .createIndex('dispute_claimants_member_idx')
    .on('dispute_claimants')
    .columns(['member_id', 'dispute_id'])
    .execute();

  await db.schema
    .createTable('dispute_events')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('dispute_id', id, (c) => c.notNull())
    .addColumn('org_id', id, (c) => c.notNull())
    .addColumn('region_code', code, (c) => c.notNull())
    .addColumn('kind', 'varchar(12)', (c) => c.notNull())
    .addColumn('from_status', 'varchar(12)')
    .addColumn('to_status', 'varchar(12)')
    .addColumn('note', 'varchar(2000)')
    .addColumn('actor', 'varchar(100)', (c) => c.notNull())
    .addColumn('actor_role', 'varchar(20)', (c) => c.notNull())
    .addColumn('request_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('dispute_events_dispute_idx')
    .on('dispute_events')
    .columns(['dispute_id', 'id'])
    .execute();

  await db.schema
    .createTable('dispute_case_counters')
    .addColumn('city_code', keyType(db, 'city'), (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('dispute_case_counters_pk', ['city_code', 'year'])
    .execute();

  await db.schema
    .createTable('workers_congresses')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('org_id', id, (c) => c.notNull())
    .addColumn('region_code', code, (c) => c.notNull())
    .addColumn('session', 'varchar(100)', (c) => c.notNull())
    .addColumn('held_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('delegates', 'integer', (c) => c.notNull())
    .addColumn('resolutions_adopted', 'integer', (c) => c.notNull())
    .addColumn('openness_items', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('congresses_region_idx')
    .on('workers_congresses')
    .columns(['region_code', 'id'])
    .execute();
  // Lists per organization and "the last congress" per organization.
  await db.schema
    .createIndex('congresses_org_held_idx')
    .on('workers_congresses')
    .columns(['org_id', 'held_on'])
    .execute();

  await db.schema
    .createTable('risk_assessments')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('org_id', id, (c) => c.notNull())
    .addColumn('region_code', code, (c) => c.notNull())
    .addColumn('period', 'varchar(7)', (c) => c.notNull())
    .addColumn('assessed_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('findings', 'varchar(4000)', (c) => c.notNull())
    .addColumn('risk_level', 'varchar(8)', (c) => c.notNull())
    .addColumn('follow_up', 'varchar(2000)')
    .addColumn('created_at', 'varchar(23)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('risk_region_idx')
    .on('risk_assessments')
    .columns(['region_code', 'id'])
    .execute();
  // Organizations at high risk per region: the HIGH rows of a region, index-only, then the
  // "no later period" probe on (org_id, period).
  await db.schema
    .createIndex('risk_region_level_idx')
    .on('risk_assessments')
    .columns(['region_code', 'risk_level', 'org_id', 'period'])
    .execute();
  // One assessment per organization and period; also finds the latest period per organization.
  await db.schema
    .createIndex('risk_org_period_idx')
    .on('risk_assessments')
    .columns(['org_id', 'period'])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'risk_assessments',
    'workers_congresses',
    'dispute_case_counters',
    'dispute_events',
    'dispute_claimants',
    'labor_disputes',
    'contract_rounds',
    'collective_contracts',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
