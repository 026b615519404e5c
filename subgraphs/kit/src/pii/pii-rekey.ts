import type { Kysely } from 'kysely';
import { inTransaction } from '../db/transaction';
import type { PiiCipher } from './pii-cipher';

/*
 * Key rotation of personal values at rest (docs/architecture.md §4, docs/secrets-rotation.draft.md).
 * One pass over a table in primary-key order, one transaction per batch: every value that is not
 * sealed under the current key is re-encrypted, and with a next index key every blind index is
 * recomputed from the decrypted value. Nothing is remembered between runs: a value already under the
 * current key (an index already under the next key) is skipped, so a re-run is a no-op and an
 * interrupted run resumes where it stopped. Each UPDATE is guarded by the values it read, so a row a
 * live writer changed meanwhile is left alone (counted as `changedMeanwhile`) and never overwritten.
 * Nothing here logs or returns a personal value or a key: only counts and row ids.
 */

/** One encrypted column and, when it has one, its blind index. */
export interface PiiColumn<K extends string> {
  /** The base64 ciphertext column (`…_enc`); NULL when no value is stored. */
  enc: string;
  /** Its blind-index column and kind, recomputed by a reindex. */
  index?: { column: string; kind: K };
}

/** A table with personal values, keyed by a single ASCII primary key. */
export interface PiiTable<K extends string> {
  table: string;
  key: string;
  columns: readonly PiiColumn<K>[];
  /**
   * Columns that embed a blind-index value (members' `pending_key` = '<id index>:<org id>'): the
   * changes to apply when the index columns move from `before` to `after`. Read columns go in `reads`.
   */
  derived?: {
    reads: readonly string[];
    changes(
      row: Record<string, unknown>,
      before: Record<string, string>,
      after: Record<string, string>,
    ): Record<string, unknown>;
  };
}

export interface PiiRekeyOptions<K extends string> {
  /** Encrypts under the current key; reads the accepted ones. Its index key is the current one. */
  cipher: PiiCipher<K>;
  /** The cipher whose index key is the next one (a reindex); undefined: indexes are only checked. */
  nextIndex?: PiiCipher<K>;
  /** Rows per transaction (default 1,000). */
  batchSize?: number;
  /** Count what would change, write nothing. */
  dryRun?: boolean;
  /** After every batch; a throw stops the run there (everything committed so far stays). */
  onProgress?(progress: PiiTableProgress): void;
  /** Asked before every batch (a signal arrived): true stops the run cleanly. */
  shouldStop?(): boolean;
}

export interface PiiTableProgress {
  table: string;
  /** Rows read so far. */
  scanned: number;
  /** Rows updated (or, in a dry run, that would be). */
  rowsUpdated: number;
  /** Values re-encrypted under the current key. */
  reencrypted: number;
  /** Blind indexes recomputed under the next key. */
  reindexed: number;
  /** Values already under the current key (and index key) — nothing to do. */
  current: number;
  /** Values no configured key opens: left as they are. */
  unreadable: number;
  /** Blind indexes under neither the current nor the next index key: left as they are. */
  indexMismatch: number;
  /** Rows a live writer changed between read and update: left as they are (a re-run picks them up). */
  changedMeanwhile: number;
  /** The last primary key processed (ids only, never a personal value). */
  lastKey: string | null;
  /** True when the pass stopped before the end of the table. */
  stopped: boolean;
}

interface RowPlan {
  key: string;
  changes: Record<string, unknown>;
  guard: Record<string, unknown>;
}

/** Re-encrypts (and with `nextIndex`, re-indexes) one table; returns what it did. */
export async function rekeyPiiTable<K extends string>(
  db: Kysely<any>,
  spec: PiiTable<K>,
  options: PiiRekeyOptions<K>,
): Promise<PiiTableProgress> {
  const batchSize = options.batchSize ?? 1000;
  const progress = emptyProgress(spec.table);
  const reads = [spec.key, ...spec.columns.flatMap(columnsOf), ...(spec.derived?.reads ?? [])];
  for (;;) {
    // better-sqlite3 answers synchronously: without a turn of the event loop no signal is ever seen.
    await new Promise((resolve) => setImmediate(resolve));
    if (options.shouldStop?.()) return { ...progress, stopped: true };
    const cursor = progress.lastKey;
    const batch = await inTransaction(db, async (trx) => {
      let query = trx.selectFrom(spec.table).select([...new Set(reads)]);
      if (cursor !== null) query = query.where(spec.key, '>', cursor);
      const rows = (await query.orderBy(spec.key).limit(batchSize).execute()) as Record<string, unknown>[];
      const counts = emptyProgress(spec.table);
      let changedMeanwhile = 0;
      for (const row of rows) {
        const moved = { reencrypted: counts.reencrypted, reindexed: counts.reindexed };
        const plan = planRow(spec, row, options, counts);
        if (!plan) continue;
        counts.rowsUpdated++;
        if (options.dryRun) continue;
        let update = trx.updateTable(spec.table).set(plan.changes).where(spec.key, '=', plan.key);
        for (const [column, value] of Object.entries(plan.guard)) {
          update = value === null ? update.where(column, 'is', null) : update.where(column, '=', value);
        }
        const result = await update.executeTakeFirst();
        if (Number(result.numUpdatedRows) > 0) continue;
        // Changed by a live writer since it was read: not moved by this run.
        changedMeanwhile++;
        counts.reencrypted = moved.reencrypted;
        counts.reindexed = moved.reindexed;
      }
      const last = rows.length > 0 ? String(rows[rows.length - 1]![spec.key]) : null;
      return { size: rows.length, counts, changedMeanwhile, last };
    });
    if (batch.size === 0) return progress;
    addCounts(progress, batch.counts, batch.changedMeanwhile);
    progress.lastKey = batch.last;
    options.onProgress?.({ ...progress });
    if (batch.size < batchSize) return progress;
  }
}

function columnsOf<K extends string>(c: PiiColumn<K>): string[] {
  return c.index ? [c.enc, c.index.column] : [c.enc];
}

/* What one row needs, or null when it is already under the current keys. */
function planRow<K extends string>(
  spec: PiiTable<K>,
  row: Record<string, unknown>,
  options: PiiRekeyOptions<K>,
  counts: PiiTableProgress,
): RowPlan | null {
  const changes: Record<string, unknown> = {};
  const guard: Record<string, unknown> = {};
  const before: Record<string, string> = {};
  const after: Record<string, string> = {};
  counts.scanned++;
  for (const column of spec.columns) {
    const stored = row[column.enc] as string | null;
    if (stored === null || stored === undefined) continue;
    const opened = options.cipher.open(stored);
    if (opened === null) {
      counts.unreadable++;
      continue;
    }
    let touched = false;
    if (!opened.current) {
      changes[column.enc] = options.cipher.encrypt(opened.plain);
      counts.reencrypted++;
      touched = true;
    }
    if (column.index) {
      const moved = planIndex(column.index, row, opened.plain, options, counts);
      if (moved) {
        changes[column.index.column] = moved.after;
        before[column.index.column] = moved.before;
        after[column.index.column] = moved.after;
        guard[column.index.column] = moved.before;
        touched = true;
      }
    }
    if (touched) guard[column.enc] = stored;
    else counts.current++;
  }
  if (Object.keys(changes).length === 0) return null;
  if (spec.derived && Object.keys(after).length > 0) {
    for (const [column, value] of Object.entries(spec.derived.changes(row, before, after))) {
      changes[column] = value;
      guard[column] = row[column] ?? null;
    }
  }
  return { key: String(row[spec.key]), changes, guard };
}

/* The index move of one value under a reindex; without one, only checks the stored index. */
function planIndex<K extends string>(
  index: { column: string; kind: K },
  row: Record<string, unknown>,
  plain: string,
  options: PiiRekeyOptions<K>,
  counts: PiiTableProgress,
): { before: string; after: string } | null {
  const stored = row[index.column] as string | null;
  const currentIndex = options.cipher.blindIndex(index.kind, plain);
  const nextIndex = options.nextIndex?.blindIndex(index.kind, plain);
  if (stored === nextIndex) return null;
  if (stored !== currentIndex) {
    counts.indexMismatch++;
    return null;
  }
  if (nextIndex === undefined) return null;
  counts.reindexed++;
  return { before: stored, after: nextIndex };
}

function emptyProgress(table: string): PiiTableProgress {
  return {
    table,
    scanned: 0,
    rowsUpdated: 0,
    reencrypted: 0,
    reindexed: 0,
    current: 0,
    unreadable: 0,
    indexMismatch: 0,
    changedMeanwhile: 0,
    lastKey: null,
    stopped: false,
  };
}

function addCounts(total: PiiTableProgress, batch: PiiTableProgress, changedMeanwhile: number): void {
  total.scanned += batch.scanned;
  total.rowsUpdated += batch.rowsUpdated - changedMeanwhile;
  total.reencrypted += batch.reencrypted;
  total.reindexed += batch.reindexed;
  total.current += batch.current;
  total.unreadable += batch.unreadable;
  total.indexMismatch += batch.indexMismatch;
  total.changedMeanwhile += changedMeanwhile;
}
