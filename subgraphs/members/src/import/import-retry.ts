import { isTransientDatabaseError } from '@union/kit';

/** How long an import keeps trying through an outage before it stops (configurable per run). */
export interface RetryPolicy {
  /** Longest outage ridden out, from its first failure (default 60 s; 0: stop at the first one). */
  forMs: number;
  /** First wait; doubles per attempt (with jitter) up to maxDelayMs. */
  initialDelayMs: number;
  maxDelayMs: number;
  /**
   * One attempt that has not finished after this long counts as a timeout (and is retried): a
   * network that silently drops packets never errors on its own. Far above any real batch.
   */
  attemptTimeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  forMs: 60_000,
  initialDelayMs: 200,
  maxDelayMs: 5_000,
  attemptTimeoutMs: 120_000,
};

/** What a timed-out attempt fails with: a connection timeout to the classifier. */
export function attemptTimedOut(ms: number): Error {
  return Object.assign(new Error(`no answer within ${ms} ms`), { code: 'ETIMEDOUT' });
}

/**
 * `work()`, or a rejection after `ms`. The abandoned attempt is not cancelled (a driver cannot be);
 * it is safe to retry because every write is matched on the blind index and guarded by its unique
 * key, so whichever of the two commits second finds the rows there.
 */
function withTimeout<T>(work: () => Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(attemptTimedOut(ms)), ms);
  });
  const attempt = work();
  attempt.catch(() => undefined); // an abandoned attempt that fails later is not "unhandled"
  return Promise.race([attempt, timeout]).finally(() => clearTimeout(timer));
}

/** The database (or the organizations subgraph) stayed unreachable for the whole retry budget. */
export class DependencyUnavailableError extends Error {
  constructor(
    readonly dependency: 'database' | 'organizations subgraph',
    readonly waitedMs: number,
    readonly causeCode: string,
  ) {
    super(`the ${dependency} did not answer for ${Math.round(waitedMs / 1000)} s (last error: ${causeCode})`);
    this.name = 'DependencyUnavailableError';
  }
}

/** A short, value-free name for an error (its driver code, or its class). */
export function errorCodeOf(error: unknown): string {
  const e = error as { code?: unknown; name?: unknown } | null;
  if (typeof e?.code === 'string' && e.code) return e.code;
  if (typeof e?.name === 'string' && e.name) return e.name;
  return 'unknown error';
}

/**
 * One outage clock for every writer of one import: the budget runs from the first failure while
 * nothing succeeds, any success resets it, and once one writer gives up every other stops at its
 * next attempt (so a stop takes one budget, not one per writer).
 */
export class OutageGuard {
  private since: number | null = null;
  private stopped: Error | null = null;

  constructor(
    private readonly policy: RetryPolicy = DEFAULT_RETRY,
    /** Told of each wait (for a progress line); never of values. */
    private readonly onRetry?: (what: string, code: string, waitMs: number) => void,
  ) {}

  /** The error that stopped the import, once one has. */
  get stopReason(): Error | null {
    return this.stopped;
  }

  /** Records a failure that is not worth retrying, so the other writers stop too. */
  stop(error: Error): void {
    this.stopped ??= error;
  }

  /**
   * Runs `work`, retrying it with backoff while `transient(error)` holds and the budget lasts;
   * other errors pass through at once.
   */
  async run<T>(
    work: () => Promise<T>,
    options: {
      dependency?: DependencyUnavailableError['dependency'];
      transient?: (error: unknown) => boolean;
    } = {},
  ): Promise<T> {
    const dependency = options.dependency ?? 'database';
    const transient = options.transient ?? isTransientDatabaseError;
    for (let attempt = 0; ; attempt++) {
      if (this.stopped) throw this.stopped;
      try {
        const value = await withTimeout(work, this.policy.attemptTimeoutMs);
        this.since = null;
        return value;
      } catch (error) {
        if (this.stopped) throw this.stopped;
        if (!transient(error)) throw error;
        const now = Date.now();
        this.since ??= now;
        const waited = now - this.since;
        const left = this.policy.forMs - waited;
        if (left <= 0) {
          this.stop(new DependencyUnavailableError(dependency, waited, errorCodeOf(error)));
          throw this.stopped;
        }
        const ceiling = Math.min(this.policy.maxDelayMs, this.policy.initialDelayMs * 2 ** attempt);
        const wait = Math.min(left, ceiling / 2 + (Math.random() * ceiling) / 2);
        this.onRetry?.(dependency, errorCodeOf(error), wait);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }
}
