import { createTestDatabase, testDialects } from '@union/kit';
import { sql, type Kysely } from 'kysely';
import { bulkInsert } from '../src/db/bulk-insert';

/** Values an import may carry: quotes, backslashes, NUL-adjacent controls, SQL fragments, CJK. */
const HOSTILE = [
  "O'Brien",
  'back\\slash\\',
  '"double" and `tick`',
  "'); drop table probe; --",
  'line\nbreak\ttab\r',
  '张家豪 — 广州市',
  "\\'",
  '',
];

describe.each(testDialects())('bulkInsert on %s', (dialect) => {
  let db: Kysely<any>;
  let destroy: () => Promise<void>;
  beforeAll(async () => {
    const tdb = await createTestDatabase<any>(dialect, 'bulk_insert');
    db = tdb.db;
    destroy = tdb.destroy;
    await db.schema
      .createTable('probe')
      .addColumn('id', 'varchar(10)', (c) => c.primaryKey())
      .addColumn('text', 'varchar(200)')
      .addColumn('n', 'integer')
      .execute();
  });
  afterAll(() => destroy());

  it('stores every string exactly as given, with numbers and nulls, and runs nothing it carries', async () => {
    const rows = HOSTILE.map((text, i) => ({ id: `r${i}`, text, n: i % 2 ? null : i * 1000 }));
    await bulkInsert(db, 'probe', rows);
    const stored = await db.selectFrom('probe').selectAll().orderBy('id').execute();
    expect(stored.map((r) => ({ id: r.id, text: r.text, n: r.n === null ? null : Number(r.n) }))).toEqual(
      rows,
    );
    const { rows: count } = await sql<{ c: number }>`select count(*) as c from probe`.execute(db);
    expect(Number(count[0]!.c)).toBe(HOSTILE.length);
  });

  it('splits large loads into several statements without losing a row', async () => {
    const rows = Array.from({ length: 12_345 }, (_, i) => ({ id: `b${i}`, text: `t'${i}`, n: i }));
    await bulkInsert(db, 'probe', rows);
    const { rows: count } = await sql<{
      c: number;
    }>`select count(*) as c from probe where id like 'b%'`.execute(db);
    expect(Number(count[0]!.c)).toBe(12_345);
  });
});
