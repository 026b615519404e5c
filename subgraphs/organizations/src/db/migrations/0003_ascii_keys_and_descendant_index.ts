import { MysqlAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

/*
 * Measured on MariaDB at 110k unions (npm run bench): ids, region codes and paths compared under
 * utf8mb4_unicode_ci made every key comparison and LIKE several times slower than byte comparison,
 * and counting descendants scanned the table because the path index could not see region_code.
 * Keys and codes are ASCII by construction, so on MySQL they become ascii_bin (SQLite already compares
 * bytes), and the path index also carries region_code so the scoped descendant count is index-only.
 */
type Column = { name: string; type: 'id' | 'code' | 'path' | 'credit'; notNull: boolean };

const COLUMNS: Record<string, Column[]> = {
  regions: [
    { name: 'code', type: 'code', notNull: true },
    { name: 'parent_code', type: 'code', notNull: false },
  ],
  employers: [
    { name: 'id', type: 'id', notNull: true },
    { name: 'credit_code', type: 'credit', notNull: true },
    { name: 'region_code', type: 'code', notNull: true },
  ],
  organizations: [
    { name: 'id', type: 'id', notNull: true },
    { name: 'region_code', type: 'code', notNull: true },
    { name: 'parent_id', type: 'id', notNull: false },
    { name: 'path', type: 'path', notNull: true },
    { name: 'employer_id', type: 'id', notNull: false },
    { name: 'successor_id', type: 'id', notNull: false },
  ],
  worker_homes: [
    { name: 'org_id', type: 'id', notNull: true },
    { name: 'region_code', type: 'code', notNull: true },
  ],
  organization_events: [
    { name: 'id', type: 'id', notNull: true },
    { name: 'org_id', type: 'id', notNull: true },
    { name: 'region_code', type: 'code', notNull: true },
  ],
};

function columnType(type: Column['type'], ascii: boolean): RawBuilder<unknown> {
  if (ascii) {
    switch (type) {
      case 'id':
        return sql`char(36) character set ascii collate ascii_bin`;
      case 'code':
        return sql`varchar(12) character set ascii collate ascii_bin`;
      case 'path':
        return sql`varchar(480) character set ascii collate ascii_bin`;
      case 'credit':
        return sql`char(18) character set ascii collate ascii_bin`;
    }
  }
  switch (type) {
    case 'id':
      return sql`char(36) character set utf8mb4 collate utf8mb4_unicode_ci`;
    case 'code':
      return sql`varchar(12) character set utf8mb4 collate utf8mb4_unicode_ci`;
    case 'path':
      return sql`varchar(480) character set utf8mb4 collate utf8mb4_unicode_ci`;
    case 'credit':
      return sql`char(18) character set utf8mb4 collate utf8mb4_unicode_ci`;
  }
}

const isMysql = (db: Kysely<any>) => db.getExecutor().adapter instanceof MysqlAdapter;

/** MySQL names the table of an index to drop; SQLite does not accept it. */
function dropIndex(db: Kysely<any>, name: string) {
  const drop = db.schema.dropIndex(name);
  return isMysql(db) ? drop.on('organizations') : drop;
}

async function recharacter(db: Kysely<any>, ascii: boolean): Promise<void> {
  if (!isMysql(db)) return;
  for (const [table, columns] of Object.entries(COLUMNS)) {
    let alter = db.schema.alterTable(table) as any;
    for (const column of columns) {
      alter = alter.modifyColumn(column.name, columnType(column.type, ascii), (c: any) =>
        column.notNull ? c.notNull() : c,
      );
    }
    await alter.execute();
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await recharacter(db, true);
  await dropIndex(db, 'organizations_path_idx').execute();
  await db.schema
    .createIndex('organizations_path_region_idx')
    .on('organizations')
    .columns(['path', 'region_code'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropIndex(db, 'organizations_path_region_idx').execute();
  await db.schema.createIndex('organizations_path_idx').on('organizations').columns(['path']).execute();
  await recharacter(db, false);
}
