import type { Kysely, Transaction } from 'kysely';

/*
 * Errors that mean "another transaction won; run yours again", not "your data is wrong":
 * InnoDB deadlocks and lock-wait timeouts, a multi-primary cluster's lost certification at COMMIT
 * (Galera reports it as ER_LOCK_DEADLOCK, TiDB as a write conflict), MariaDB's snapshot-isolation
 * "record has changed", and SQLite's busy database.
 */
const RETRYABLE_ERRNOS = new Set([
  1213, // ER_LOCK_DEADLOCK (also Galera certification failure)
  1205, // ER_LOCK_WAIT_TIMEOUT
  1020, // ER_CHECKREAD (MariaDB innodb_snapshot_isolation)
  9007, // TiDB ErrWriteConflict
  8002, // TiDB ErrTxnRetryable (SELECT FOR UPDATE write conflict)
]);
const RETRYABLE_CODES = new Set([
  'ER_LOCK_DEADLOCK',
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_CHECKREAD',
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
]);

export function isRetryableConflict(error: unknown): boolean {
  const e = error as { errno?: unknown; code?: unknown } | null;
  return (
    (typeof e?.errno === 'number' && RETRYABLE_ERRNOS.has(e.errno)) ||
    (typeof e?.code === 'string' && RETRYABLE_CODES.has(e.code))
  );
}

export interface TransactionRetryOptions {
  /** Tries in all, the first included (default 5). */
  attempts?: number;
  /** Backoff before the second try; doubles each time, full jitter (default 20 ms). */
  baseDelayMs?: number;
  /** Longest single wait (default 500 ms), so five tries stay under about a second and a half. */
  maxDelayMs?: number;
  /** Told of every retry (attempt number that failed, the error code); never of values. */
  onRetry?: (attempt: number, code: string) => void;
}

type RetryListener = (attempt: number, code: string) => void;
const retryListeners = new Set<RetryListener>();

/**
 * Tells `listener` of every retry of every `inTransaction` in this process (metrics, a log line, the
 * cluster tests counting cross-node conflicts); returns the function that stops telling it.
 */
export function onTransactionRetry(listener: RetryListener): () => void {
  retryListeners.add(listener);
  return () => retryListeners.delete(listener);
}

/**
 * Runs `work` in one transaction and runs it again, from the start and in a new transaction, when
 * the database reports a write conflict (docs/architecture.md §9). The callback must therefore be safe to
 * re-run: it reads what it needs inside the transaction and keeps no effects outside it.
 */
export async function inTransaction<DB, T>(
  db: Kysely<DB>,
  work: (trx: Transaction<DB>) => Promise<T>,
  options: TransactionRetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 5;
  const base = options.baseDelayMs ?? 20;
  const cap = options.maxDelayMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (attempt >= attempts || !isRetryableConflict(error)) throw error;
      const code = String((error as { code?: unknown }).code ?? 'conflict');
      options.onRetry?.(attempt, code);
      for (const listener of retryListeners) listener(attempt, code);
      const ceiling = Math.min(cap, base * 2 ** (attempt - 1));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
    }
  }
}
