import { MysqlAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

export type AsciiWidth = `char(${number})` | `varchar(${number})`;

/**
 * The column type of an ASCII key, code or index (ids, region codes, blind indexes, card numbers):
 * on MySQL `… character set ascii collate ascii_bin`, so comparisons and LIKE prefixes are byte-wise
 * (organizations' migration 0003 measured why); SQLite compares bytes already. The width is a
 * constant of the migration, checked here, never a value from outside.
 */
export function asciiColumn(db: Kysely<any>, width: AsciiWidth): RawBuilder<unknown> {
  if (!/^(char|varchar)\(\d{1,3}\)$/.test(width)) throw new RangeError(`not a column width: ${width}`);
  const type = sql.raw(width);
  return db.getExecutor().adapter instanceof MysqlAdapter
    ? sql`${type} character set ascii collate ascii_bin`
    : sql`${type}`;
}
