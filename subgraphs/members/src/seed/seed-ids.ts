import type { Prng } from './prng';

/** 2024-01-01T00:00:00Z: seeded rows predate anything created through the API afterwards. */
export const SEED_BASE_MS = Date.UTC(2024, 0, 1);

/**
 * Deterministic UUIDv7 ids: each id takes the next millisecond after SEED_BASE_MS, so ids are
 * strictly increasing in generation order (time-ordered keys keep InnoDB inserts append-only,
 * see PERF-NOTES) and the random bits come from the seeded PRNG, so every run yields the same ids.
 */
export interface SeedIds {
  next(): string;
  /** The timestamp embedded in the most recent id (used for created_at). */
  lastMs(): number;
}

export function seedIds(prng: Prng, baseMs: number = SEED_BASE_MS): SeedIds {
  let ms = baseMs;
  return {
    next() {
      ms += 1;
      const hex = (n: number, digits: number) => n.toString(16).padStart(digits, '0');
      const time = hex(ms, 12);
      const randA = hex(prng.int(0, 0xfff), 3);
      // Variant bits 10xx: the first nibble of the fourth group is 8, 9, a or b.
      const variant = hex(0x8000 | prng.int(0, 0x3fff), 4);
      const randB = hex(prng.int(0, 0xffffff), 6) + hex(prng.int(0, 0xffffff), 6);
      return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${randA}-${variant}-${randB}`;
    },
    lastMs: () => ms,
  };
}
