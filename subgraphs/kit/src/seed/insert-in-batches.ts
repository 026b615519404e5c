import type { Kysely } from 'kysely';

/**
 * Rows per INSERT by default: 1,000 rows × ≤ 32 columns stays below SQLite's 32,766 bound variables
 * and makes statements well within MySQL's max_allowed_packet.
 */
export const SEED_BATCH_SIZE = 1000;

/**
 * Multi-row inserts, one transaction per batch: large enough to amortize round trips and commits,
 * small enough that a large seed never holds one huge transaction (undo log, lock memory).
 */
export async function insertInBatches<DB, T extends keyof DB & string>(
  db: Kysely<DB>,
  table: T,
  rows: readonly DB[T][],
  batchSize: number = SEED_BATCH_SIZE,
): Promise<void> {
  // The generic table name defeats kysely's per-table typing; rows are typed by the signature.
  const untyped = db as unknown as Kysely<any>;
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize);
    await untyped.transaction().execute((trx) => trx.insertInto(table).values(batch).execute());
  }
}
