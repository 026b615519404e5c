import { inTransaction, isMysql } from '@union/kit';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { CollectiveContractRow } from '../contract/contract.table';
import type { Database } from '../db/database';
import type { LaborDisputeRow } from '../dispute/dispute.table';
import type { RiskAssessmentRow } from '../risk/risk.table';
import type { LaborMetric, NewLaborCounter } from './labor-counters.table';
import {
  addOrgDisputeCells,
  addOrgRiskCells,
  addOrgTermCells,
  applyOrgCells,
  storeOrgCells,
  type OrgCells,
} from './labor-org-counters';

/*
 * Region.laborStats from counters kept in the same transaction as every write (docs/architecture.md
 * §7; metrics in labor-counters.table.ts). A row is counted under every region level it lies in
 * (44, 4401, 440106, its own code), so any region's figures are a keyed read of its own rows.
 * Disputes add row by row; contracts and risk assessments are counted per organization (runs of
 * overlapping terms, the latest assessment), so a write recounts that organization's rows before
 * and after, with the organization's rows locked (FOR UPDATE on MySQL) so writers of one
 * organization take turns. recountLaborCounters rebuilds the table from the rows.
 */
type Db = Kysely<Database> | Transaction<Database>;
export type CounterKey = string; // region|metric|bucket|value
export type Counters = Map<CounterKey, number>;

const LEVELS = [2, 4, 6, 9];

export function ancestorCodes(regionCode: string): string[] {
  const out = LEVELS.filter((n) => n < regionCode.length).map((n) => regionCode.slice(0, n));
  out.push(regionCode);
  return out;
}

export const counterKey = (region: string, metric: LaborMetric, bucket: string, value = ''): CounterKey =>
  `${region}|${metric}|${bucket}|${value}`;

function adder(out: Counters, regionCode: string, sign: number) {
  const regions = ancestorCodes(regionCode);
  return (metric: LaborMetric, bucket: string, n = 1, value = '') => {
    if (n === 0) return;
    for (const r of regions) {
      const k = counterKey(r, metric, bucket, value);
      out.set(k, (out.get(k) ?? 0) + sign * n);
    }
  };
}

const DAY = 86_400_000;
const termDays = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;

type CountedContract = Pick<
  CollectiveContractRow,
  | 'org_id'
  | 'region_code'
  | 'kind'
  | 'coverage'
  | 'status'
  | 'effective_from'
  | 'effective_to'
  | 'covered_employees'
  | 'covered_organizations'
>;

const hasTerm = (c: CountedContract) =>
  (c.status === 'SIGNED' || c.status === 'FILED') && c.effective_from !== null && c.effective_to !== null;

/** What the contracts of one organization add (all rows of that organization). */
export function addOrgContracts(out: Counters, rows: readonly CountedContract[], sign: 1 | -1 = 1): Counters {
  const terms = rows.filter(hasTerm);
  if (terms.length === 0) return out;
  const add = adder(out, terms[0]!.region_code, sign);
  for (const c of terms) {
    const from = c.effective_from!;
    const to = c.effective_to!;
    add('C_TO', to);
    add('C_FROM', from);
    if (termDays(from, to) < 32) add('C_SHORT', `${from}/${to}`);
    if (c.kind === 'GENERAL') {
      add('G_EMP_TO', to, Number(c.covered_employees));
      add('G_EMP_FROM', from, Number(c.covered_employees));
    }
    if (c.coverage !== 'ENTERPRISE') {
      add('R_ORG_TO', to, Number(c.covered_organizations));
      add('R_ORG_FROM', from, Number(c.covered_organizations));
    }
  }
  // Maximal runs of overlapping GENERAL terms: on any day at most one run holds it.
  const general = terms
    .filter((c) => c.kind === 'GENERAL')
    .map((c) => [c.effective_from!, c.effective_to!] as [string, string])
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
  return out;
}

type CountedDispute = Pick<
  LaborDisputeRow,
  | 'org_id'
  | 'region_code'
  | 'status'
  | 'category'
  | 'is_collective'
  | 'reported_on'
  | 'amount_claimed_cents'
  | 'amount_recovered_cents'
>;

export function addDispute(out: Counters, row: CountedDispute, sign: 1 | -1 = 1): Counters {
  const add = adder(out, row.region_code, sign);
  const collective = Number(row.is_collective);
  if (row.status !== 'CLOSED') {
    add('D_OPEN', '', 1, row.category);
    add('D_OPEN_COL', '', collective);
  }
  const year = row.reported_on.slice(0, 4);
  add('D_YEAR', year);
  add('D_YEAR_COL', year, collective);
  add('D_CLAIMED', year, Number(row.amount_claimed_cents));
  add('D_RECOVER', year, Number(row.amount_recovered_cents));
  return out;
}

type CountedAssessment = Pick<RiskAssessmentRow, 'region_code' | 'period' | 'risk_level'>;

/** One organization's assessments: counted when the latest period is HIGH. */
export function addOrgRisk(out: Counters, rows: readonly CountedAssessment[], sign: 1 | -1 = 1): Counters {
  let latest: CountedAssessment | null = null;
  for (const r of rows) if (!latest || r.period > latest.period) latest = r;
  if (latest?.risk_level === 'HIGH') adder(out, latest.region_code, sign)('RISK_HIGH', '');
  return out;
}

/** Adds counters in the writing transaction: one multi-row upsert in key order (same lock order everywhere). */
export async function applyLaborCounters(db: Db, delta: Counters): Promise<void> {
  const rows: NewLaborCounter[] = [...delta.entries()]
    .filter(([, n]) => n !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, n]) => {
      const [region_code, metric, bucket, value] = k.split('|') as [string, string, string, string];
      return { region_code, metric, bucket, value, n };
    });
  for (let i = 0; i < rows.length; i += 400) {
    const insert = db.insertInto('labor_counters').values(rows.slice(i, i + 400));
    if (isMysql(db)) await insert.onDuplicateKeyUpdate({ n: sql`n + values(n)` }).execute();
    else
      await insert
        .onConflict((oc) =>
          oc
            .columns(['region_code', 'metric', 'bucket', 'value'])
            .doUpdateSet({ n: sql`labor_counters.n + excluded.n` }),
        )
        .execute();
  }
}

/** Runs `work` in the caller's transaction, or in a retried one of its own (docs/architecture.md §9). */
function within<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<Database>) : inTransaction(db as Kysely<Database>, work);
}

async function orgContracts(db: Db, orgId: string, lock: boolean): Promise<CollectiveContractRow[]> {
  let q = db.selectFrom('collective_contracts').selectAll().where('org_id', '=', orgId);
  if (lock && isMysql(db)) q = q.forUpdate();
  return q.execute();
}

/** A write of one organization's contracts, with its counters moved in the same transaction. */
export function withContractCounters<T>(
  db: Db,
  orgId: string,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return within(db, async (trx) => {
    const before = await orgContracts(trx, orgId, true);
    const result = await work(trx);
    const after = await orgContracts(trx, orgId, false);
    const delta = addOrgContracts(new Map(), before, -1);
    addOrgContracts(delta, after, 1);
    await applyLaborCounters(trx, delta);
    await applyOrgCells(trx, addOrgTermCells(addOrgTermCells(new Map(), before, -1), after, 1));
    return result;
  });
}

async function orgAssessments(db: Db, orgId: string, lock: boolean): Promise<RiskAssessmentRow[]> {
  let q = db.selectFrom('risk_assessments').selectAll().where('org_id', '=', orgId);
  if (lock && isMysql(db)) q = q.forUpdate();
  return q.execute();
}

/** A write of one organization's risk assessments, with RISK_HIGH moved in the same transaction. */
export function withRiskCounters<T>(
  db: Db,
  orgId: string,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return within(db, async (trx) => {
    const before = await orgAssessments(trx, orgId, true);
    const result = await work(trx);
    const after = await orgAssessments(trx, orgId, false);
    const delta = addOrgRisk(new Map(), before, -1);
    addOrgRisk(delta, after, 1);
    await applyLaborCounters(trx, delta);
    await applyOrgCells(trx, addOrgRiskCells(addOrgRiskCells(new Map(), before, -1), after, 1));
    return result;
  });
}

/** The dispute row as counted, read (and locked on MySQL) inside the writing transaction. */
export async function disputeForCounters(db: Db, id: string): Promise<LaborDisputeRow | undefined> {
  let q = db.selectFrom('labor_disputes').selectAll().where('id', '=', id);
  if (isMysql(db)) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Counts a dispute inserted by this transaction (reported, or opened from a worker appeal). */
export async function countNewDispute(db: Db, row: CountedDispute): Promise<void> {
  await applyLaborCounters(db, addDispute(new Map(), row));
  await applyOrgCells(db, addOrgDisputeCells(new Map(), row, 1));
}

/** Moves a dispute's counters from `before` to its row as it is now (same transaction). */
export async function countDisputeChange(
  db: Db,
  before: CountedDispute | null | undefined,
  id: string,
): Promise<void> {
  const after = await db.selectFrom('labor_disputes').selectAll().where('id', '=', id).executeTakeFirst();
  const delta: Counters = new Map();
  const cells: OrgCells = new Map();
  if (before) {
    addDispute(delta, before, -1);
    addOrgDisputeCells(cells, before, -1);
  }
  if (after) {
    addDispute(delta, after, 1);
    addOrgDisputeCells(cells, after, 1);
  }
  await applyLaborCounters(db, delta);
  await applyOrgCells(db, cells);
}

function byOrg<T extends { org_id: string }>(rows: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const list = groups.get(r.org_id);
    if (list) list.push(r);
    else groups.set(r.org_id, [r]);
  }
  return [...groups.values()];
}

/** The counters of a set of rows (all rows of each organization included). */
export function countersOfRows(rows: {
  contracts: readonly CountedContract[];
  disputes: readonly CountedDispute[];
  assessments: readonly (CountedAssessment & { org_id: string })[];
}): Counters {
  const out: Counters = new Map();
  for (const list of byOrg(rows.contracts.filter(hasTerm))) addOrgContracts(out, list);
  for (const d of rows.disputes) addDispute(out, d);
  for (const list of byOrg(rows.assessments)) addOrgRisk(out, list);
  for (const [k, n] of out) if (n === 0) out.delete(k);
  return out;
}

type CountedRows = Parameters<typeof countersOfRows>[0];

/** The organization cells of a set of rows (all rows of each organization included). */
export function orgCellsOfRows(rows: CountedRows): OrgCells {
  const out: OrgCells = new Map();
  addOrgTermCells(out, rows.contracts, 1);
  for (const d of rows.disputes) addOrgDisputeCells(out, d, 1);
  for (const list of byOrg(rows.assessments)) addOrgRiskCells(out, list, 1);
  for (const [k, n] of out) if (n === 0) out.delete(k);
  return out;
}

/** Stores the counters and organization cells of rows written in bulk (the seed). */
export async function storeCountersOfRows(db: Kysely<Database>, rows: CountedRows): Promise<void> {
  await storeLaborCounters(db, countersOfRows(rows));
  await storeOrgCells(db, orgCellsOfRows(rows));
}

/** The counter table rebuilt from the rows (tests compare it with the stored one). */
export async function recountLaborCounters(db: Kysely<Database>): Promise<Counters> {
  return countersOfRows(await countedRows(db));
}

/** The organization cells rebuilt from the rows. */
export async function recountOrgCells(db: Kysely<Database>): Promise<OrgCells> {
  return orgCellsOfRows(await countedRows(db));
}

async function countedRows(db: Kysely<Database>): Promise<CountedRows> {
  return {
    contracts: await db
      .selectFrom('collective_contracts')
      .select([
        'org_id',
        'region_code',
        'kind',
        'coverage',
        'status',
        'effective_from',
        'effective_to',
        'covered_employees',
        'covered_organizations',
      ])
      .where('status', 'in', ['SIGNED', 'FILED'])
      .execute(),
    disputes: await db
      .selectFrom('labor_disputes')
      .select([
        'org_id',
        'region_code',
        'status',
        'category',
        'is_collective',
        'reported_on',
        'amount_claimed_cents',
        'amount_recovered_cents',
      ])
      .execute(),
    assessments: await db
      .selectFrom('risk_assessments')
      .select(['org_id', 'region_code', 'period', 'risk_level'])
      .execute(),
  };
}

/** Replaces the stored counters (bulk loads such as the seed, whose rows bypass the per-write path). */
export async function storeLaborCounters(db: Kysely<Database>, counts: Counters): Promise<void> {
  await db.deleteFrom('labor_counters').execute();
  const rows = [...counts.entries()].map(([k, n]) => {
    const [region_code, metric, bucket, value] = k.split('|') as [string, string, string, string];
    return { region_code, metric, bucket, value, n };
  });
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('labor_counters')
      .values(rows.slice(i, i + 1000))
      .execute();
}

/** The stored counters, without zero rows. */
export async function storedLaborCounters(db: Kysely<Database>): Promise<Counters> {
  const rows = await db.selectFrom('labor_counters').selectAll().where('n', '!=', 0).execute();
  return new Map(
    rows.map((r) => [counterKey(r.region_code, r.metric as LaborMetric, r.bucket, r.value), Number(r.n)]),
  );
}
