import type { Kysely } from 'kysely';
import type { PiiCipher } from './pii-cipher';
import { rekeyPiiTable, type PiiTable, type PiiTableProgress } from './pii-rekey';

/*
 * One subgraph's run of `npm run pii:rekey` (docs/secrets-rotation.draft.md): its tables in order,
 * progress lines, a summary and an exit code. Every line names tables, counts and row ids only.
 */

/** What a subgraph hands to `npm run pii:rekey`: its ciphers and its tables with personal values. */
export interface PiiRekeyTarget<K extends string = string> {
  subgraph: string;
  tables: readonly PiiTable<K>[];
  /** Current key pair plus the accepted older encryption keys. */
  cipher: PiiCipher<K>;
  /** Same encryption key, the next index key; undefined when the next index key is not set. */
  nextIndex?: PiiCipher<K>;
  /** Setting names for the operator's instructions (never their values). */
  settings: { key: string; accepted: string; indexKey: string; nextIndexKey: string };
}

export interface PiiRekeyRunOptions {
  /** Recompute every blind index under the next index key (writes must be stopped, see the doc). */
  reindex?: boolean;
  dryRun?: boolean;
  batchSize?: number;
  /** One line of output (progress and summary). */
  write(line: string): void;
  shouldStop?(): boolean;
  /** Called after every batch; tests stop a run half-way through it. */
  onProgress?(progress: PiiTableProgress): void;
}

/** Exit codes of `npm run pii:rekey` (sysexits where one fits). */
export const PII_REKEY_EXIT = {
  /** Every value is under the current key (and, with --reindex, every index under the next one). */
  done: 0,
  /** Bad arguments or settings; nothing was written. */
  usage: 1,
  /** --dry-run: values remain to be moved. */
  pending: 3,
  /** EX_DATAERR: values no configured key opens, or indexes under neither index key; left as they are. */
  dataError: 65,
  /** EX_TEMPFAIL: stopped early (signal, database error, rows changed meanwhile): re-running resumes. */
  retry: 75,
} as const;

export interface PiiRekeyResult {
  exitCode: number;
  tables: PiiTableProgress[];
}

/** Runs one subgraph's tables; the caller owns the database connection. */
export async function runPiiRekey<K extends string>(
  db: Kysely<any>,
  target: PiiRekeyTarget<K>,
  options: PiiRekeyRunOptions,
): Promise<PiiRekeyResult> {
  const { write } = options;
  if (options.reindex && !target.nextIndex) {
    write(`${target.subgraph}: --reindex needs ${target.settings.nextIndexKey} (the new index key)`);
    return { exitCode: PII_REKEY_EXIT.usage, tables: [] };
  }
  const mode = options.dryRun ? 'dry run' : options.reindex ? 're-encrypt and re-index' : 're-encrypt';
  write(`${target.subgraph}: ${mode}, ${options.batchSize ?? 1000} rows per transaction`);
  const tables: PiiTableProgress[] = [];
  for (const spec of target.tables) {
    const progress = await rekeyPiiTable(db, spec, {
      cipher: target.cipher,
      nextIndex: options.reindex ? target.nextIndex : undefined,
      batchSize: options.batchSize,
      dryRun: options.dryRun,
      shouldStop: options.shouldStop,
      onProgress(p) {
        write(`${target.subgraph}.${p.table}: ${describe(p, options.dryRun)}, last id ${p.lastKey}`);
        options.onProgress?.(p);
      },
    });
    tables.push(progress);
    if (progress.stopped) break;
  }
  const exitCode = exitCodeOf(tables, target.tables.length, options.dryRun);
  for (const t of tables) write(`${target.subgraph}.${t.table}: ${describe(t, options.dryRun)}`);
  write(`${target.subgraph}: ${closingLine(exitCode, target, options)}`);
  return { exitCode, tables };
}

function describe(p: PiiTableProgress, dryRun?: boolean): string {
  const verb = dryRun ? 'to update' : 'updated';
  const parts = [
    `${p.scanned} rows read`,
    `${p.rowsUpdated} ${verb}`,
    `${p.reencrypted} values re-encrypted`,
    `${p.reindexed} indexes recomputed`,
    `${p.current} already current`,
  ];
  if (p.unreadable > 0) parts.push(`${p.unreadable} unreadable under every configured key`);
  if (p.indexMismatch > 0) parts.push(`${p.indexMismatch} indexes under neither index key`);
  if (p.changedMeanwhile > 0) parts.push(`${p.changedMeanwhile} rows changed meanwhile`);
  return parts.join(', ');
}

function exitCodeOf(tables: PiiTableProgress[], expected: number, dryRun?: boolean): number {
  if (tables.length < expected || tables.some((t) => t.stopped || t.changedMeanwhile > 0)) {
    return PII_REKEY_EXIT.retry;
  }
  if (tables.some((t) => t.unreadable > 0 || t.indexMismatch > 0)) return PII_REKEY_EXIT.dataError;
  if (dryRun && tables.some((t) => t.rowsUpdated > 0)) return PII_REKEY_EXIT.pending;
  return PII_REKEY_EXIT.done;
}

function closingLine(exitCode: number, target: PiiRekeyTarget, options: PiiRekeyRunOptions): string {
  const s = target.settings;
  switch (exitCode) {
    case PII_REKEY_EXIT.retry:
      return 'stopped before the end; what was committed stays, and running the same command again resumes';
    case PII_REKEY_EXIT.dataError:
      return `some values were left as they are: add the key that sealed them to ${s.accepted}, or check ${s.indexKey}, and run again`;
    case PII_REKEY_EXIT.pending:
      return 'values remain to be moved (dry run: nothing was written)';
    default:
      if (options.dryRun) return `nothing to move: every value is under ${s.key}`;
      if (options.reindex) {
        return `done: every index is under ${s.nextIndexKey}; set ${s.indexKey} to its value, unset ${s.nextIndexKey}, then restart and resume writes`;
      }
      return `done: every value is under ${s.key}; ${s.accepted} can be removed`;
  }
}
