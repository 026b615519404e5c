import { isMysql } from '@union/kit';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { CollectiveContractRow } from '../contract/contract.table';
import type { Database } from '../db/database';
import type { LaborDisputeRow } from '../dispute/dispute.table';
import type { RiskAssessmentRow } from '../risk/risk.table';

/*
 * Organization.laborRelations from state kept in the same transaction as every write
 * (docs/architecture.md §7), one row per (organization, metric, bucket, value), with the
 * organization's region code copied so the organization-wide scope applies in SQL:
 *   C_TERM  'from/to' of each SIGNED/FILED contract (any kind)   → contractsInForce on D
 *   G_TERM  'from/to' of each SIGNED/FILED GENERAL contract      → hasValidContract, contractExpiresOn
 *   D_OPEN, D_OPEN_COL                                           → open (collective) disputes
 *   RISK    bucket = period, value = level of the latest assessment
 * An organization's terms are few (one every few years), so the read filters them by date.
 */
type Db = Kysely<Database> | Transaction<Database>;
export type OrgCells = Map<string, number>; // org|region|metric|bucket|value

export type OrgMetric = 'C_TERM' | 'G_TERM' | 'D_OPEN' | 'D_OPEN_COL' | 'RISK';

const cell = (org: string, region: string, metric: OrgMetric, bucket: string, value = '') =>
  `${org}|${region}|${metric}|${bucket}|${value}`;

function bump(out: OrgCells, key: string, n: number) {
  if (n !== 0) out.set(key, (out.get(key) ?? 0) + n);
}

type Term = Pick<
  CollectiveContractRow,
  'org_id' | 'region_code' | 'kind' | 'status' | 'effective_from' | 'effective_to'
>;

export function addOrgTermCells(out: OrgCells, rows: readonly Term[], sign: 1 | -1): OrgCells {
  for (const c of rows) {
    if (c.status !== 'SIGNED' && c.status !== 'FILED') continue;
    if (c.effective_from === null || c.effective_to === null) continue;
    const term = `${c.effective_from}/${c.effective_to}`;
    bump(out, cell(c.org_id, c.region_code, 'C_TERM', term), sign);
    if (c.kind === 'GENERAL') bump(out, cell(c.org_id, c.region_code, 'G_TERM', term), sign);
  }
  return out;
}

type Dispute = Pick<LaborDisputeRow, 'org_id' | 'region_code' | 'status' | 'is_collective'>;

export function addOrgDisputeCells(out: OrgCells, row: Dispute, sign: 1 | -1): OrgCells {
  if (row.status === 'CLOSED') return out;
  bump(out, cell(row.org_id, row.region_code, 'D_OPEN', ''), sign);
  bump(out, cell(row.org_id, row.region_code, 'D_OPEN_COL', ''), sign * Number(row.is_collective));
  return out;
}

type Assessment = Pick<RiskAssessmentRow, 'org_id' | 'region_code' | 'period' | 'risk_level'>;

/** One organization's assessments: the latest period and its level. */
export function addOrgRiskCells(out: OrgCells, rows: readonly Assessment[], sign: 1 | -1): OrgCells {
  let latest: Assessment | null = null;
  for (const r of rows) if (!latest || r.period > latest.period) latest = r;
  if (latest)
    bump(out, cell(latest.org_id, latest.region_code, 'RISK', latest.period, latest.risk_level), sign);
  return out;
}

/** Adds the cells in the writing transaction: one multi-row upsert in key order. */
export async function applyOrgCells(db: Db, cells: OrgCells): Promise<void> {
  const rows = [...cells.entries()]
    .filter(([, n]) => n !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, n]) => {
      const [org_id, region_code, metric, bucket, value] = k.split('|') as [
        string,
        string,
        string,
        string,
        string,
      ];
      return { org_id, region_code, metric, bucket, value, n };
    });
  for (let i = 0; i < rows.length; i += 400) {
    const insert = db.insertInto('labor_org_counters').values(rows.slice(i, i + 400));
    if (isMysql(db)) await insert.onDuplicateKeyUpdate({ n: sql`n + values(n)` }).execute();
    else
      await insert
        .onConflict((oc) =>
          oc
            .columns(['org_id', 'metric', 'bucket', 'value'])
            .doUpdateSet({ n: sql`labor_org_counters.n + excluded.n` }),
        )
        .execute();
  }
}

/** Stored cells without zero rows, keyed like OrgCells (tests compare them with a recount). */
export async function storedOrgCells(db: Kysely<Database>): Promise<OrgCells> {
  const rows = await db.selectFrom('labor_org_counters').selectAll().where('n', '!=', 0).execute();
  return new Map(
    rows.map((r) => [cell(r.org_id, r.region_code, r.metric as OrgMetric, r.bucket, r.value), Number(r.n)]),
  );
}

/** Replaces the stored cells (bulk loads such as the seed). */
export async function storeOrgCells(db: Kysely<Database>, cells: OrgCells): Promise<void> {
  await db.deleteFrom('labor_org_counters').execute();
  const rows = [...cells.entries()]
    .filter(([, n]) => n !== 0)
    .map(([k, n]) => {
      const [org_id, region_code, metric, bucket, value] = k.split('|') as [
        string,
        string,
        string,
        string,
        string,
      ];
      return { org_id, region_code, metric, bucket, value, n };
    });
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('labor_org_counters')
      .values(rows.slice(i, i + 1000))
      .execute();
}
