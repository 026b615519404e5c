import { inTransaction } from '@union/kit';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database';

/**
 * Appeal numbers per city and year, like dispute case numbers but marked 诉求 (SQ):
 * '4401-SQ-2026-000123'. The city is the first four digits of the appeal's region (a province-level
 * appeal uses its two digits).
 */
export function formatAppealNumber(cityCode: string, year: number, n: number): string {
  return `${cityCode}-SQ-${year}-${String(n).padStart(6, '0')}`;
}

export function cityOf(regionCode: string): string {
  return regionCode.slice(0, 4);
}

/** Creates the counter row on its own, before the writing transaction (see dispute case numbers). */
export async function ensureAppealCounter(
  db: Kysely<Database>,
  cityCode: string,
  year: number,
): Promise<void> {
  // Its own retried transaction: two cluster nodes creating one city's row at once lose certification.
  await inTransaction(db, (trx) =>
    trx
      .insertInto('appeal_number_counters')
      .values({ city_code: cityCode, year, last_number: 0 })
      .orIgnore()
      .execute(),
  );
}

/** The next number inside the writing transaction: the UPDATE locks the row, the SELECT reads our own increment. */
export async function nextAppealNumber(
  trx: Transaction<Database>,
  cityCode: string,
  year: number,
): Promise<string> {
  await trx
    .updateTable('appeal_number_counters')
    .set((eb) => ({ last_number: eb('last_number', '+', 1) }))
    .where('city_code', '=', cityCode)
    .where('year', '=', year)
    .execute();
  const row = await trx
    .selectFrom('appeal_number_counters')
    .select('last_number')
    .where('city_code', '=', cityCode)
    .where('year', '=', year)
    .executeTakeFirstOrThrow();
  return formatAppealNumber(cityCode, year, Number(row.last_number));
}
