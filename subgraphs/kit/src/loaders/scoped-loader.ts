import DataLoader from 'dataloader';
import { forbidden } from '../errors/errors';

/** The outcome of reading one row by key under a scope. */
export type Lookup<T> = { found: T } | { forbidden: true } | null;

/**
 * A per-request DataLoader for rows by key whose read is scoped in SQL. Keys the scoped read misses
 * are checked for existence in one more batched statement, so callers can answer FORBIDDEN
 * (exists, outside scope) apart from a plain null (does not exist).
 */
export function scopedLoader<T>(options: {
  fetchInScope: (keys: readonly string[]) => Promise<T[]>;
  keyOf: (row: T) => string;
  existing: (keys: readonly string[]) => Promise<Set<string>>;
}): DataLoader<string, Lookup<T>> {
  return new DataLoader(async (keys) => {
    const rows = await options.fetchInScope(keys);
    const byKey = new Map(rows.map((r) => [options.keyOf(r), r]));
    const missed = keys.filter((k) => !byKey.has(k));
    const exists = missed.length > 0 ? await options.existing(missed) : new Set<string>();
    return keys.map((k) => {
      const row = byKey.get(k);
      if (row !== undefined) return { found: row };
      return exists.has(k) ? { forbidden: true as const } : null;
    });
  });
}

/** Resolver side of a Lookup: the row, null when absent, or a FORBIDDEN error (field becomes null). */
export function unwrapLookup<T>(lookup: Lookup<T>): T | null {
  if (lookup === null) return null;
  if ('forbidden' in lookup) throw forbidden();
  return lookup.found;
}

/** Groups rows by a key for one-to-many loaders, keeping each key's order. */
export function groupBy<T>(
  keys: readonly string[],
  rows: readonly T[],
  keyOf: (row: T) => string | null,
): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null) groups.get(key)?.push(row);
  }
  return keys.map((k) => groups.get(k) ?? []);
}
