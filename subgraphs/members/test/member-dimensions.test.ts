/*
 * The counted dimensions (src/stats/member-dimensions.ts) against the counter table as migrated:
 * region_member_counts.dimension is 12 ASCII characters on MySQL, and SQLite accepts anything, so a
 * name like `political_status` would pass every SQLite test and break every member write on MariaDB.
 * The widths are read from the migrated database, on both dialects, not copied into the test.
 */
import { createTestDatabase, isMysql, migrateToLatest, testDialects } from '@union/kit';
import { sql, type Kysely } from 'kysely';
import { migrations } from '../src/lib';
import { COUNTER_DIMENSIONS, MEMBER_DIMENSIONS } from '../src/stats/member-dimensions';

async function columnWidths(db: Kysely<any>, table: string): Promise<Record<string, number>> {
  if (isMysql(db)) {
    const { rows } = await sql<{ name: string; width: number }>`
      select column_name as name, character_maximum_length as width from information_schema.columns
      where table_schema = database() and table_name = ${table}`.execute(db);
    return Object.fromEntries(rows.filter((r) => r.width !== null).map((r) => [r.name, Number(r.width)]));
  }
  const { rows } = await sql<{
    name: string;
    type: string;
  }>`select name, type from pragma_table_info(${table})`.execute(db);
  return Object.fromEntries(
    rows.flatMap((r) => {
      const m = /\((\d+)\)/.exec(r.type);
      return m ? [[r.name, Number(m[1])]] : [];
    }),
  );
}

describe.each(testDialects())('counted dimensions on %s', (dialect) => {
  it('every dimension name, and every fixed value, fits its counter column', async () => {
    const t = await createTestDatabase(dialect, 'mdims');
    try {
      await migrateToLatest(t.db, migrations);
      const widths = await columnWidths(t.db, 'region_member_counts');
      expect(widths.dimension).toBe(12);
      expect(widths.value).toBe(32);
      for (const name of COUNTER_DIMENSIONS)
        expect({ name, fits: name.length <= widths.dimension! }).toEqual({ name, fits: true });
      for (const d of MEMBER_DIMENSIONS) {
        const fixed = ['only' in d ? String(d.only) : null, 'nullAs' in d ? d.nullAs : null].filter(
          (v): v is string => v !== null,
        );
        for (const v of fixed) expect(v.length).toBeLessThanOrEqual(widths.value!);
      }
    } finally {
      await t.destroy();
    }
  });

  it('names are unique and each reads a column of members', async () => {
    expect(new Set(COUNTER_DIMENSIONS).size).toBe(COUNTER_DIMENSIONS.length);
    const t = await createTestDatabase(dialect, 'mdimcols');
    try {
      await migrateToLatest(t.db, migrations);
      const columns = (await t.db.introspection.getTables())
        .find((x) => x.name === 'members')!
        .columns.map((c) => c.name);
      for (const d of MEMBER_DIMENSIONS) expect(columns).toContain(d.column);
    } finally {
      await t.destroy();
    }
  });
});
