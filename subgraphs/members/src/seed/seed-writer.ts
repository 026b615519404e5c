import type { Kysely } from 'kysely';
import { bulkInsert } from '../db/bulk-insert';
import type { Database } from '../db/database';

/** Members per seed transaction (the next batch is generated while this one is written). */
export const SEED_BATCH_SIZE = 2000;

/** Multi-row inserts inside the caller's transaction (see bulkInsert for the statement sizes). */
export async function insertRows<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Database[T][],
): Promise<void> {
  await bulkInsert(db as Kysely<any>, table, rows as unknown as Record<string, string | number | null>[]);
}
