import { asciiColumn } from '@union/kit';
import type { Kysely } from 'kysely';

/*
 * Frozen in time: never edit after it has been applied anywhere; add a new migration instead.
 *
 * Region.laborStats from counters kept in the same transaction as every write (docs/architecture.md
 * §7), instead of grouped aggregates over every contract, dispute and assessment of the region per
 * request (measured at scale 50: ≈550 ms for the province). One row per (region level, metric,
 * bucket, value); contract metrics are bucketed by the day a term starts and ends, so "in force
 * today" is a sum of buckets chosen by the date, and stays right without a job. The metrics are
 * described in src/stats/labor-counters.table.ts.
 *
 * The backfill is this migration's own copy of the recount (it imports nothing from the app).
 */
const LEVELS = [2, 4, 6, 9];

function ancestors(code: string): string[] {
  return [...LEVELS.filter((n) => n < code.length).map((n) => code.slice(0, n)), code];
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('labor_counters')
    .addColumn('region_code', asciiColumn(db, 'varchar(12)'), (c) => c.notNull())
    .addColumn('metric', asciiColumn(db, 'varchar(12)'), (c) => c.notNull())
    .addColumn('bucket', asciiColumn(db, 'varchar(21)'), (c) => c.notNull())
    .addColumn('value', asciiColumn(db, 'varchar(32)'), (c) => c.notNull())
    .addColumn('n', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('labor_counters_pk', ['region_code', 'metric', 'bucket', 'value'])
    .execute();

  const out = new Map<string, number>();
  const at =
    (region: string) =>
    (metric: string, bucket: string, n = 1, value = '') => {
      if (n === 0) return;
      for (const r of ancestors(region)) {
        const k = `${r}|${metric}|${bucket}|${value}`;
        out.set(k, (out.get(k) ?? 0) + n);
      }
    };
  const byOrg = (rows: any[]): any[][] => {
    const m = new Map<string, any[]>();
    for (const r of rows) m.set(r.org_id, [...(m.get(r.org_id) ?? []), r]);
    return [...m.values()];
  };

  const contracts = await db
    .selectFrom('collective_contracts')
    .selectAll()
    .where('status', 'in', ['SIGNED', 'FILED'])
    .where('effective_from', 'is not', null)
    .where('effective_to', 'is not', null)
    .execute();
  for (const rows of byOrg(contracts)) {
    const add = at(rows[0].region_code);
    for (const c of rows) {
      add('C_TO', c.effective_to);
      add('C_FROM', c.effective_from);
      if ((Date.parse(c.effective_to) - Date.parse(c.effective_from)) / 86_400_000 < 32)
        add('C_SHORT', `${c.effective_from}/${c.effective_to}`);
      if (c.kind === 'GENERAL') {
        add('G_EMP_TO', c.effective_to, Number(c.covered_employees));
        add('G_EMP_FROM', c.effective_from, Number(c.covered_employees));
      }
      if (c.coverage !== 'ENTERPRISE') {
        add('R_ORG_TO', c.effective_to, Number(c.covered_organizations));
        add('R_ORG_FROM', c.effective_from, Number(c.covered_organizations));
      }
    }
    const general = rows
      .filter((c: any) => c.kind === 'GENERAL')
      .map((c: any) => [c.effective_from, c.effective_to] as [string, string])
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    let run: [string, string] | null = null;
    for (const [from, to] of general) {
      if (run && from <= run[1]) {
        if (to > run[1]) run[1] = to;
        continue;
      }
      if (run) {
        add('O_FROM', run[0]);
        add('O_TO', run[1]);
      }
      run = [from, to];
    }
    if (run) {
      add('O_FROM', run[0]);
      add('O_TO', run[1]);
    }
  }

  for (const d of await db.selectFrom('labor_disputes').selectAll().execute()) {
    const add = at(d.region_code);
    const collective = Number(d.is_collective);
    if (d.status !== 'CLOSED') {
      add('D_OPEN', '', 1, d.category);
      add('D_OPEN_COL', '', collective);
    }
    const year = String(d.reported_on).slice(0, 4);
    add('D_YEAR', year);
    add('D_YEAR_COL', year, collective);
    add('D_CLAIMED', year, Number(d.amount_claimed_cents));
    add('D_RECOVER', year, Number(d.amount_recovered_cents));
  }

  const assessments = await db
    .selectFrom('risk_assessments')
    .select(['org_id', 'region_code', 'period', 'risk_level'])
    .execute();
  for (const rows of byOrg(assessments)) {
    const latest = rows.reduce((a: any, b: any) => (b.period > a.period ? b : a));
    if (latest.risk_level === 'HIGH') at(latest.region_code)('RISK_HIGH', '');
  }

  const rows = [...out.entries()]
    .filter(([, n]) => n !== 0)
    .map(([k, n]) => {
      const [region_code, metric, bucket, value] = k.split('|');
      return { region_code, metric, bucket, value, n };
    });
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('labor_counters')
      .values(rows.slice(i, i + 1000))
      .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('labor_counters').execute();
}
