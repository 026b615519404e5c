import { isMysql } from '@union/kit';
import { sql, type Kysely } from 'kysely';
import { escape, escapeId } from 'mysql2';

/*
 * MySQL statements carry up to 5,000 rows (measured: +8 % import rate over 2,000) or 4,000,000
 * characters, whichever comes first: at most 12 MB even if every character took 3 bytes, under the
 * 16 MiB max_allowed_packet MariaDB ships with.
 */
const STATEMENT_ROWS = 5000;
const STATEMENT_CHARS = 4_000_000;

/**
 * Multi-row INSERT for bulk loads (seed, import). On MySQL the statement text is built directly with
 * the driver's own escaping: measured 4× cheaper in CPU than the query builder's compile followed by
 * the driver's placeholder formatting of ≈60,000 parameters (a third of the import's per-row cost was
 * statement building). Values are strings, numbers or null only. SQLite keeps bound parameters,
 * 1,000 rows a statement (its 32,766-variable bound).
 */
export async function bulkInsert(
  db: Kysely<any>,
  table: string,
  rows: readonly Record<string, string | number | null>[],
): Promise<void> {
  if (rows.length === 0) return;
  if (!isMysql(db)) {
    for (let i = 0; i < rows.length; i += 1000)
      await db
        .insertInto(table)
        .values(rows.slice(i, i + 1000))
        .execute();
    return;
  }
  const columns = Object.keys(rows[0]!);
  const head = `insert into ${escapeId(table)} (${columns.map((c) => escapeId(c)).join(', ')}) values `;
  let values: string[] = [];
  let chars = head.length;
  for (const row of rows) {
    const tuple = `(${columns.map((c) => escape(row[c] ?? null)).join(',')})`;
    if (
      values.length > 0 &&
      (values.length >= STATEMENT_ROWS || chars + tuple.length + 1 > STATEMENT_CHARS)
    ) {
      await sql.raw(head + values.join(',')).execute(db);
      values = [];
      chars = head.length;
    }
    values.push(tuple);
    chars += tuple.length + 1;
  }
  await sql.raw(head + values.join(',')).execute(db);
}
