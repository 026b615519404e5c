import { asciiColumn } from '@union/kit';
import type { Kysely } from 'kysely';

/*
 * Frozen in time: never edit after it has been applied anywhere; add a new migration instead.
 *
 * Organization.laborRelations from state kept in the same transaction as every write
 * (docs/architecture.md §7): one row per (organization, metric, bucket, value), the organization's
 * region code copied for the scope predicate. C_TERM / G_TERM hold the 'from/to' term of each signed
 * or filed contract (all kinds / GENERAL), so "in force on D" follows the date without a job;
 * D_OPEN / D_OPEN_COL count open (collective) disputes; RISK holds the latest assessment's period
 * and level. The backfill is this migration's own copy of the recount.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('labor_org_counters')
    .addColumn('org_id', asciiColumn(db, 'char(36)'), (c) => c.notNull())
    .addColumn('region_code', asciiColumn(db, 'varchar(12)'), (c) => c.notNull())
    .addColumn('metric', asciiColumn(db, 'varchar(12)'), (c) => c.notNull())
    .addColumn('bucket', asciiColumn(db, 'varchar(21)'), (c) => c.notNull())
    .addColumn('value', asciiColumn(db, 'varchar(32)'), (c) => c.notNull())
    .addColumn('n', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('labor_org_counters_pk', ['org_id', 'metric', 'bucket', 'value'])
    .execute();

  const out = new Map<string, number>();
  const add = (org: string, region: string, metric: string, bucket: string, n = 1, value = '') => {
    if (n === 0) return;
    const k = `${org}|${region}|${metric}|${bucket}|${value}`;
    out.set(k, (out.get(k) ?? 0) + n);
  };
  const contracts = await db
    .selectFrom('collective_contracts')
    .select(['org_id', 'region_code', 'kind', 'effective_from', 'effective_to'])
    .where('status', 'in', ['SIGNED', 'FILED'])
    .where('effective_from', 'is not', null)
    .where('effective_to', 'is not', null)
    .execute();
  for (const c of contracts) {
    const term = `${c.effective_from}/${c.effective_to}`;
    add(c.org_id, c.region_code, 'C_TERM', term);
    if (c.kind === 'GENERAL') add(c.org_id, c.region_code, 'G_TERM', term);
  }
  const open = await db
    .selectFrom('labor_disputes')
    .select(['org_id', 'region_code', 'is_collective'])
    .where('status', '!=', 'CLOSED')
    .execute();
  for (const d of open) {
    add(d.org_id, d.region_code, 'D_OPEN', '');
    add(d.org_id, d.region_code, 'D_OPEN_COL', '', Number(d.is_collective));
  }
  const latest = new Map<string, any>();
  for (const r of await db
    .selectFrom('risk_assessments')
    .select(['org_id', 'region_code', 'period', 'risk_level'])
    .execute())
    if (!latest.has(r.org_id) || r.period > latest.get(r.org_id).period) latest.set(r.org_id, r);
  for (const r of latest.values()) add(r.org_id, r.region_code, 'RISK', r.period, 1, r.risk_level);

  const rows = [...out.entries()].map(([k, n]) => {
    const [org_id, region_code, metric, bucket, value] = k.split('|');
    return { org_id, region_code, metric, bucket, value, n };
  });
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('labor_org_counters')
      .values(rows.slice(i, i + 1000))
      .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('labor_org_counters').execute();
}
