import type { Prng } from './prng';

/** 2024-03-01T00:00:00Z: seeded rows predate anything created through the API afterwards. */
export const SEED_BASE_MS = Date.UTC(2024, 2, 1);

/**
 * Deterministic UUIDv7 ids (as the organizations seed makes them): each id takes the next
 * millisecond, so ids increase in generation order (timelines read in id order), and the random
 * bits come from the seeded PRNG, so every run yields the same ids.
 */
export function seedIds(prng: Prng, baseMs: number = SEED_BASE_MS): () => string {
  let ms = baseMs;
  return () => {
    ms += 1;
    const hex = (n: number, digits: number) => n.toString(16).padStart(digits, '0');
    const time = hex(ms, 12);
    const randA = hex(prng.int(0, 0xfff), 3);
    const variant = hex(0x8000 | prng.int(0, 0x3fff), 4);
    const randB = hex(prng.int(0, 0xffffff), 6) + hex(prng.int(0, 0xffffff), 6);
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${randA}-${variant}-${randB}`;
  };
}
