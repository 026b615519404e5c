import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

/** Rows per INSERT: ≤ 21 columns × 500 rows stays far below SQLite's 32,766 bound variables. */
export const SEED_BATCH_SIZE = 500;

/** Multi-row inserts, one transaction per batch. */
export async function insertInBatches<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Database[T][],
): Promise<void> {
  const untyped = db as unknown as Kysely<any>;
  for (let i = 0; i < rows.length; i += SEED_BATCH_SIZE) {
    const batch = rows.slice(i, i + SEED_BATCH_SIZE);
    await untyped.transaction().execute((trx) => trx.insertInto(table).values(batch).execute());
  }
}
