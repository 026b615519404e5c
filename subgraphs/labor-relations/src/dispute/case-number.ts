import { inTransaction } from '@union/kit';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database';

/**
 * Case numbers read like 劳动争议 docket numbers, per city and year: '4401-2026-000123'.
 * The city is the first four digits of the organization's region code.
 */
export function formatCaseNumber(cityCode: string, year: number, n: number): string {
  return `${cityCode}-${year}-${String(n).padStart(6, '0')}`;
}

/**
 * Makes sure the counter row of a city and year exists. Run on its own, before the writing
 * transaction: on InnoDB a duplicate-key INSERT IGNORE inside the transaction would take a shared
 * lock that the following UPDATE must upgrade, and two writers doing that deadlock. Its own
 * retried transaction: two cluster nodes creating one city's row at once lose certification (1213).
 */
export async function ensureCaseCounter(db: Kysely<Database>, cityCode: string, year: number): Promise<void> {
  await inTransaction(db, (trx) =>
    trx
      .insertInto('dispute_case_counters')
      .values({ city_code: cityCode, year, last_number: 0 })
      .orIgnore()
      .execute(),
  );
}

/**
 * The next number, inside the writing transaction: the UPDATE locks the counter row (InnoDB row
 * lock; SQLite's single writer), so concurrent reports of one city and year queue on it and each
 * reads back its own increment. No gaps unless a transaction rolls back after taking one.
 */
export async function nextCaseNumber(
  trx: Transaction<Database>,
  cityCode: string,
  year: number,
): Promise<string> {
  await trx
    .updateTable('dispute_case_counters')
    .set((eb) => ({ last_number: eb('last_number', '+', 1) }))
    .where('city_code', '=', cityCode)
    .where('year', '=', year)
    .execute();
  const row = await trx
    .selectFrom('dispute_case_counters')
    .select('last_number')
    .where('city_code', '=', cityCode)
    .where('year', '=', year)
    .executeTakeFirstOrThrow();
  return formatCaseNumber(cityCode, year, Number(row.last_number));
}
