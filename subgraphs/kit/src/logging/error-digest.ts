import type { Logger } from './logger';
import { scrubError } from './scrub';

export interface ErrorDigestOptions {
  /** How often repeats are summarized (default 10 s, env LOG_REPEAT_INTERVAL_MS). */
  intervalMs?: number;
  /** Request ids kept per summary, so an operator can still find a few affected requests. */
  sampleSize?: number;
}

export interface ErrorDigest {
  /**
   * Logs `error` at error level, with its stack, the first time its kind is met; further errors of
   * the same kind are only counted and summarized once per interval. A kind that stays quiet for a
   * whole interval is forgotten, so its next occurrence is logged in full again. `kind` adds to
   * what makes two errors the same (e.g. the GraphQL code and the subgraph that answered).
   */
  report(error: unknown, fields: Record<string, unknown>, message: string, kind?: string): void;
  /** Writes the pending summaries now (on shutdown). */
  flush(): void;
}

interface Seen {
  first: ReturnType<typeof scrubError>;
  message: string;
  repeats: number;
  requestIds: string[];
}

/**
 * The kind of an error: class, code and message with its variable parts (numbers, quoted values,
 * ids, addresses) blanked, so "connect ECONNREFUSED 10.0.0.5:3306" from every request of an outage
 * is one kind while a different failure is another.
 */
export function errorKind(error: unknown): string {
  const e = scrubError(error);
  const shape = e.message
    .replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '?')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '#')
    .replace(/\b[0-9a-f]{16,}\b/gi, '#')
    .replace(/\d+/g, '#')
    .slice(0, 200);
  return `${e.type}|${e.code ?? ''}|${shape}`;
}

/*
 * One database outage fails every request the same way; logging each with its stack buries
 * everything else (issue 9: 2,802 lines in 20 s). The digest keeps the first of each kind in full
 * and turns the rest into one count per interval.
 */
export function createErrorDigest(logger: Logger, options: ErrorDigestOptions = {}): ErrorDigest {
  const intervalMs = options.intervalMs ?? (Number(process.env.LOG_REPEAT_INTERVAL_MS ?? '') || 10_000);
  const sampleSize = options.sampleSize ?? 5;
  const seen = new Map<string, Seen>();
  let timer: NodeJS.Timeout | undefined;

  const flush = () => {
    for (const [kind, entry] of seen) {
      if (entry.repeats === 0) {
        seen.delete(kind);
        continue;
      }
      logger.error(
        {
          err: { type: entry.first.type, message: entry.first.message, code: entry.first.code },
          repeats: entry.repeats,
          intervalMs,
          requestIds: entry.requestIds,
        },
        `${entry.message}: ${entry.repeats} more like it in the last ${intervalMs / 1000} s`,
      );
      entry.repeats = 0;
      entry.requestIds = [];
    }
    if (seen.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  return {
    report(error, fields, message, extraKind = '') {
      const kind = `${errorKind(error)}|${extraKind}`;
      const entry = seen.get(kind);
      if (entry) {
        entry.repeats += 1;
        const requestId = fields.requestId;
        if (typeof requestId === 'string' && entry.requestIds.length < sampleSize)
          entry.requestIds.push(requestId);
        return;
      }
      const first = scrubError(error);
      seen.set(kind, { first, message, repeats: 0, requestIds: [] });
      logger.error({ ...fields, err: first }, message);
      if (!timer) {
        timer = setInterval(flush, intervalMs);
        timer.unref();
      }
    },
    flush,
  };
}
