import type { Logger } from '../logging/logger';

/** What a process hands to installGracefulShutdown. */
export interface ShutdownTarget {
  /** From now on /readyz answers 503 so load balancers take the process out; requests are still served. */
  beginDrain(): void;
  /** Stops accepting connections, drains in-flight requests, releases resources. */
  close(): Promise<void>;
}

export interface ShutdownTimings {
  /** How long /readyz answers 503 while everything is still served, before the port closes (default 5 s). */
  delayMs: number;
  /** How long the drain of in-flight requests may take after that before the process exits 1 (default 15 s). */
  graceMs: number;
}

function nonNegativeMs(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`Invalid configuration: ${name} must be milliseconds (≥ 0)`);
  return n;
}

/** SHUTDOWN_DELAY_MS (default 5000) and SHUTDOWN_GRACE_MS (default 15000), validated. */
export function shutdownTimingsFrom(env: NodeJS.ProcessEnv = process.env): ShutdownTimings {
  return {
    delayMs: nonNegativeMs('SHUTDOWN_DELAY_MS', env.SHUTDOWN_DELAY_MS, 5000),
    graceMs: nonNegativeMs('SHUTDOWN_GRACE_MS', env.SHUTDOWN_GRACE_MS, 15000),
  };
}

/*
 * SIGTERM/SIGINT, in the order a load balancer needs (docs/security.md):
 *   1. /readyz answers 503 at once, while /graphql keeps serving, for `delayMs` — long enough for the
 *      balancer's probe to notice and stop sending new connections here;
 *   2. the port closes and in-flight requests drain (at most `graceMs`, then exit 1);
 *   3. cleanup, exit 0.
 * A second signal during the delay skips the rest of it (an operator pressing Ctrl-C twice).
 * A bare close function is accepted for callers without a readiness endpoint (no drain state to flip).
 */
export function installGracefulShutdown(
  logger: Logger,
  target: ShutdownTarget | (() => Promise<void>),
  timings: Partial<ShutdownTimings> | number = {},
): void {
  const { delayMs, graceMs } = {
    ...shutdownTimingsFrom(),
    ...(typeof timings === 'number' ? { graceMs: timings } : timings),
  };
  const { beginDrain, close } =
    typeof target === 'function' ? { beginDrain: () => undefined, close: target } : target;
  let phase: 'serving' | 'delaying' | 'closing' = 'serving';
  let skipDelay: () => void = () => undefined;

  const closeNow = () => {
    phase = 'closing';
    logger.info({ graceMs }, 'shutting down: closed to new connections, draining in-flight requests');
    const force = setTimeout(() => {
      logger.error({ graceMs }, 'drain timed out, exiting');
      process.exit(1);
    }, graceMs);
    force.unref();
    close()
      .then(() => {
        logger.info('shut down cleanly');
        process.exit(0);
      })
      .catch((err: unknown) => {
        logger.error({ err }, 'error during shutdown');
        process.exit(1);
      });
  };

  const onSignal = (signal: string) => {
    if (phase === 'closing') return;
    if (phase === 'delaying') {
      logger.info({ signal }, 'second signal: skipping the rest of the drain delay');
      skipDelay();
      return;
    }
    phase = 'delaying';
    logger.info({ signal, delayMs }, 'shutting down: /readyz now answers 503, still serving');
    try {
      beginDrain();
    } catch (err) {
      logger.error({ err }, 'could not mark the process as draining');
    }
    // Not unref'd: this timer is what keeps the process serving through the delay.
    const delay = setTimeout(closeNow, delayMs);
    skipDelay = () => {
      clearTimeout(delay);
      closeNow();
    };
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));
}
