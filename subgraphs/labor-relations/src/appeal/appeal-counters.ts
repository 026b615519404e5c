import { MysqlAdapter, sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database';
import { daysBetween } from '../shared/dates';
import { isOpenAppeal } from './appeal-status';
import type { AppealCounterRow, WorkerAppealRow } from './appeal.table';

/*
 * Region.appealStats from counters kept in the same transaction as every write (docs/architecture.md §7).
 * An appeal contributes to one row per (ancestor region code, dimension, metric, bucket):
 *   region codes: every level the appeal's region lies in (44, 4401, 440106, 440106001), so the
 *     figures of any region are a keyed read of its own rows, whatever the volume under it;
 *   dimensions: ALL, KIND, CATEGORY, CHANNEL;
 *   metrics and buckets:
 *     RECEIVED  year submitted           OPEN      ''                (while open)
 *     OPEN_DUE  the due date (a day)     RESOLVED  year resolved     (resolved, called back, closed)
 *     and, for ALL only: ON_TIME, DAYS (days to resolve, summed), CALLED, SATISFIED (year of the
 *     call-back), and MONTH (month submitted; also per CATEGORY, for appealTrends).
 * "Overdue" needs no job: open appeals are counted per due day, and the overdue figure sums the
 * buckets before today. A write applies contribution(after) − contribution(before); a recount from
 * the rows (recountAppealCounters) must give the same table.
 */
export type CounterKey = string; // region|dim|value|metric|bucket

const LEVELS = [2, 4, 6, 9];

export function ancestorCodes(regionCode: string): string[] {
  const out = LEVELS.filter((n) => n < regionCode.length).map((n) => regionCode.slice(0, n));
  out.push(regionCode);
  return out;
}

const key = (region: string, dim: string, value: string, metric: string, bucket: string): CounterKey =>
  `${region}|${dim}|${value}|${metric}|${bucket}`;

const RESOLVED_STATUSES = new Set(['RESOLVED', 'CALLED_BACK', 'CLOSED']);

/** What one appeal row adds to the counters. */
export function contribution(row: WorkerAppealRow | null): Map<CounterKey, number> {
  const out = new Map<CounterKey, number>();
  if (!row) return out;
  const add = (k: CounterKey, n = 1) => out.set(k, (out.get(k) ?? 0) + n);
  const dims: [string, string][] = [
    ['ALL', ''],
    ['KIND', row.kind],
    ['CATEGORY', row.category],
    ['CHANNEL', row.channel],
  ];
  const open = isOpenAppeal(row.status);
  const resolved = RESOLVED_STATUSES.has(row.status) && row.resolved_on !== null;
  for (const region of ancestorCodes(row.region_code)) {
    for (const [dim, value] of dims) {
      add(key(region, dim, value, 'RECEIVED', row.submitted_on.slice(0, 4)));
      if (open) {
        add(key(region, dim, value, 'OPEN', ''));
        add(key(region, dim, value, 'OPEN_DUE', row.due_on));
      }
      if (resolved) add(key(region, dim, value, 'RESOLVED', row.resolved_on!.slice(0, 4)));
    }
    add(key(region, 'ALL', '', 'MONTH', row.submitted_on.slice(0, 7)));
    add(key(region, 'CATEGORY', row.category, 'MONTH', row.submitted_on.slice(0, 7)));
    if (resolved) {
      const year = row.resolved_on!.slice(0, 4);
      if (row.resolved_on! <= row.due_on) add(key(region, 'ALL', '', 'ON_TIME', year));
      add(key(region, 'ALL', '', 'DAYS', year), Math.max(0, daysBetween(row.submitted_on, row.resolved_on!)));
    }
    if (row.satisfaction && row.satisfaction !== 'UNREACHABLE' && row.called_back_on) {
      const year = row.called_back_on.slice(0, 4);
      add(key(region, 'ALL', '', 'CALLED', year));
      if (row.satisfaction === 'SATISFIED' || row.satisfaction === 'BASICALLY_SATISFIED') {
        add(key(region, 'ALL', '', 'SATISFIED', year));
      }
    }
  }
  return out;
}

/** contribution(after) − contribution(before), without the keys that do not change. */
export function counterDelta(
  before: WorkerAppealRow | null,
  after: WorkerAppealRow | null,
): Map<CounterKey, number> {
  const delta = contribution(after);
  for (const [k, n] of contribution(before)) delta.set(k, (delta.get(k) ?? 0) - n);
  for (const [k, n] of delta) if (n === 0) delta.delete(k);
  return delta;
}

function toRows(delta: Map<CounterKey, number>): AppealCounterRow[] {
  // Sorted by key, so concurrent writers lock shared rows in the same order.
  return [...delta.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, n]) => {
      const [region_code, dim, dim_value, metric, bucket] = k.split('|') as [
        string,
        string,
        string,
        string,
        string,
      ];
      return { region_code, dim, dim_value, metric, bucket, n };
    });
}

/**
 * Applies a delta inside the writing transaction: one multi-row upsert (n = n + delta), then the
 * rows of this appeal's regions that fell to zero are removed, so due-day buckets do not pile up.
 */
export async function applyCounterDelta(
  trx: Transaction<Database> | Kysely<Database>,
  delta: Map<CounterKey, number>,
): Promise<void> {
  const rows = toRows(delta);
  if (rows.length === 0) return;
  const mysql = trx.getExecutor().adapter instanceof MysqlAdapter;
  for (let i = 0; i < rows.length; i += 400) {
    const batch = rows.slice(i, i + 400);
    const insert = trx.insertInto('appeal_counters').values(batch);
    if (mysql) {
      await insert.onDuplicateKeyUpdate({ n: sql`n + values(n)` }).execute();
    } else {
      await insert
        .onConflict((oc) =>
          oc
            .columns(['region_code', 'dim', 'dim_value', 'metric', 'bucket'])
            .doUpdateSet({ n: sql`appeal_counters.n + excluded.n` }),
        )
        .execute();
    }
  }
  if (rows.some((r) => r.n < 0)) {
    const regions = [...new Set(rows.map((r) => r.region_code))];
    await trx
      .deleteFrom('appeal_counters')
      .where('region_code', 'in', regions)
      .where('metric', 'in', ['OPEN', 'OPEN_DUE'])
      .where('n', '=', 0)
      .execute();
  }
}

/** The counter table rebuilt from the appeal rows (tests and repairs compare it with the stored one). */
export async function recountAppealCounters(db: Kysely<Database>): Promise<Map<CounterKey, number>> {
  const total = new Map<CounterKey, number>();
  const rows = await db.selectFrom('worker_appeals').selectAll().execute();
  for (const row of rows) for (const [k, n] of contribution(row)) total.set(k, (total.get(k) ?? 0) + n);
  for (const [k, n] of total) if (n === 0) total.delete(k);
  return total;
}

/** The stored counters, without zero rows. */
export async function storedAppealCounters(db: Kysely<Database>): Promise<Map<CounterKey, number>> {
  const rows = await db.selectFrom('appeal_counters').selectAll().where('n', '!=', 0).execute();
  return new Map(rows.map((r) => [key(r.region_code, r.dim, r.dim_value, r.metric, r.bucket), Number(r.n)]));
}
