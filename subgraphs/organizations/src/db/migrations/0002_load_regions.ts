import type { Kysely } from 'kysely';
import { readRegionRows } from '../../region/region-data';

/** Rows per INSERT: 1000 rows × 4 parameters stays far below every driver limit. */
const CHUNK_SIZE = 1000;

/** Loads the administrative divisions of China into `regions` (created by 0001). */
export async function up(db: Kysely<any>): Promise<void> {
  const rows = readRegionRows().map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    parent_code: r.parentCode,
  }));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += CHUNK_SIZE) {
      await trx
        .insertInto('regions')
        .values(rows.slice(i, i + CHUNK_SIZE))
        .execute();
    }
  });
}

/**
 * Deletes every row, children before parents: InnoDB checks a self-referencing
 * foreign key row by row, so a single unordered DELETE could trip over it.
 */
export async function down(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const level of ['TOWN', 'COUNTY', 'CITY', 'PROVINCE']) {
      await trx.deleteFrom('regions').where('level', '=', level).execute();
    }
    await trx.deleteFrom('regions').execute();
  });
}
