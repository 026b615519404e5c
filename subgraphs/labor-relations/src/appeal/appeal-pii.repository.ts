import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { NewAppealPiiAccess } from './appeal.table';

/** The audit rows of full reads of callers' names and phones (appeal-pii.ts), one INSERT per batch. */
export async function insertAppealPiiReads(
  db: Kysely<Database>,
  rows: readonly NewAppealPiiAccess[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('appeal_pii_access_log')
    .values([...rows])
    .execute();
}
