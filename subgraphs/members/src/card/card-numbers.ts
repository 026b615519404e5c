import { isMysql } from '@union/kit';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';

/** The 6-digit county part of a region code (a 4-digit city code is padded with '00'). */
export function region6Of(regionCode: string): string {
  return regionCode.slice(0, 6).padEnd(6, '0');
}

/** 会员证号: 6-digit region, 4-digit year of joining, 7-digit sequence of that region. */
export function formatCardNumber(region6: string, year: string, sequence: number): string {
  return `${region6}${year}${String(sequence).padStart(7, '0')}`;
}

/**
 * Reserves `count` consecutive sequence numbers of a region inside the caller's transaction and
 * returns the first. The upsert locks the region's row until commit, so two issuers never share a
 * number; the unique index on card_number is the last line of defence.
 */
export async function reserveCardSequence(
  db: Kysely<Database>,
  region6: string,
  count: number,
): Promise<number> {
  const insert = db.insertInto('card_sequences').values({ region6, last_value: count });
  const bump = { last_value: sql<number>`${sql.ref('card_sequences.last_value')} + ${count}` };
  if (isMysql(db)) {
    await db
      .insertInto('card_sequences')
      .values({ region6, last_value: count })
      .onDuplicateKeyUpdate({ last_value: sql<number>`${sql.ref('last_value')} + ${count}` })
      .execute();
  } else {
    await insert.onConflict((oc) => oc.column('region6').doUpdateSet(bump)).execute();
  }
  const row = await db
    .selectFrom('card_sequences')
    .select('last_value')
    .where('region6', '=', region6)
    .executeTakeFirstOrThrow();
  return Number(row.last_value) - count + 1;
}

/** One new card number for a member joining an organization of `regionCode` on `joinedOn`. */
export async function issueCardNumber(
  db: Kysely<Database>,
  regionCode: string,
  joinedOn: string,
): Promise<string> {
  const region6 = region6Of(regionCode);
  const sequence = await reserveCardSequence(db, region6, 1);
  return formatCardNumber(region6, joinedOn.slice(0, 4), sequence);
}

/**
 * Reserves sequences for many regions in two statements (a bulk load's batch): one multi-row
 * upsert in region order, then one read. Returns the first reserved number per region.
 */
export async function reserveCardSequences(
  db: Kysely<Database>,
  counts: ReadonlyMap<string, number>,
): Promise<Map<string, number>> {
  const regions = [...counts.keys()].sort();
  if (regions.length === 0) return new Map();
  const values = regions.map((region6) => ({ region6, last_value: counts.get(region6)! }));
  if (isMysql(db)) {
    await db
      .insertInto('card_sequences')
      .values(values)
      .onDuplicateKeyUpdate({
        last_value: sql<number>`${sql.ref('last_value')} + values(${sql.ref('last_value')})`,
      })
      .execute();
  } else {
    await db
      .insertInto('card_sequences')
      .values(values)
      .onConflict((oc) =>
        oc.column('region6').doUpdateSet({
          last_value: sql<number>`${sql.ref('card_sequences.last_value')} + excluded.last_value`,
        }),
      )
      .execute();
  }
  const rows = await db
    .selectFrom('card_sequences')
    .select(['region6', 'last_value'])
    .where('region6', 'in', regions)
    .execute();
  return new Map(rows.map((r) => [r.region6, Number(r.last_value) - counts.get(r.region6)! + 1]));
}
