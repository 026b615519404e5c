import type { LogEvent } from 'kysely';

/** Counts the SQL statements a Kysely instance executes (its `log` / createDatabase `onQuery` hook). */
export interface SqlCounter {
  readonly onQuery: (event: LogEvent) => void;
  /** Statements since the last reset, failed ones included. */
  count(): number;
  reset(): void;
}

export function createSqlCounter(): SqlCounter {
  let statements = 0;
  return {
    // Kysely reports every executed statement once, as 'query' or (when it failed) as 'error'.
    onQuery: () => {
      statements += 1;
    },
    count: () => statements,
    reset: () => {
      statements = 0;
    },
  };
}
