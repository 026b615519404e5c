import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { sql } from 'kysely';
import {
  createDatabase,
  databaseNameFor,
  databaseUrlFor,
  dropMysqlDatabase,
  isMysql,
  resolveDatabaseTarget,
  type DatabaseTarget,
} from '../src';

describe('resolveDatabaseTarget', () => {
  it('puts each subgraph in its own file under a sqlite directory', () => {
    expect(resolveDatabaseTarget('sqlite:.data', 'members')).toEqual({
      dialect: 'sqlite',
      file: path.join('.data', 'union_members.sqlite'),
    });
    expect(resolveDatabaseTarget('sqlite:/var/lib/union', 'labor-relations')).toEqual({
      dialect: 'sqlite',
      file: '/var/lib/union/union_labor_relations.sqlite',
    });
    expect(resolveDatabaseTarget('sqlite:', 'services')).toEqual({
      dialect: 'sqlite',
      file: path.join('.data', 'union_services.sqlite'),
    });
  });

  it('uses a sqlite file or :memory: as given', () => {
    expect(resolveDatabaseTarget('sqlite:/tmp/one.sqlite', 'members')).toEqual({
      dialect: 'sqlite',
      file: '/tmp/one.sqlite',
    });
    expect(resolveDatabaseTarget('sqlite:data/x.db', 'members')).toEqual({
      dialect: 'sqlite',
      file: 'data/x.db',
    });
    expect(resolveDatabaseTarget('sqlite::memory:', 'members')).toEqual({
      dialect: 'sqlite',
      file: ':memory:',
    });
  });

  it('names the mysql database union_<subgraph> unless the URL has a path', () => {
    const plain = resolveDatabaseTarget('mysql://app:s%40cret@db.internal:3307', 'labor-relations');
    expect(plain).toEqual({
      dialect: 'mysql',
      uri: 'mysql://app:s%40cret@db.internal:3307/',
      database: 'union_labor_relations',
    });
    const named = resolveDatabaseTarget('mysql://app:pw@db.internal:3307/custom_db?ssl=true', 'members');
    expect(named).toEqual({
      dialect: 'mysql',
      uri: 'mysql://app:pw@db.internal:3307/?ssl=true',
      database: 'custom_db',
    });
  });

  it('accepts mariadb:// as an alias of mysql://', () => {
    expect(resolveDatabaseTarget('mariadb://root@127.0.0.1:3306', 'services')).toEqual({
      dialect: 'mysql',
      uri: 'mysql://root@127.0.0.1:3306/',
      database: 'union_services',
    });
  });

  it.each(['mysql://h/bad-name', 'mysql://h/a%20b', 'mysql://h/x;drop', 'mysql://h/a%60b', 'mysql://h/a/b'])(
    'refuses the invalid database name in %s',
    (url) => {
      expect(() => resolveDatabaseTarget(url, 'members')).toThrow('invalid database');
    },
  );

  it.each(['postgres://h/db', 'members.sqlite', ''])('refuses the unsupported URL %p', (url) => {
    expect(() => resolveDatabaseTarget(url, 'members')).toThrow('must start with');
  });
});

describe('databaseUrlFor', () => {
  it('lets <SUBGRAPH>_DATABASE_URL (hyphens as underscores) override DATABASE_URL', () => {
    const env = {
      DATABASE_URL: 'sqlite:/shared',
      LABOR_RELATIONS_DATABASE_URL: 'mysql://root@10.1.1.1:3306',
    };
    expect(databaseUrlFor('labor-relations', env)).toBe('mysql://root@10.1.1.1:3306');
    expect(databaseUrlFor('members', env)).toBe('sqlite:/shared');
    expect(resolveDatabaseTarget(databaseUrlFor('labor-relations', env), 'labor-relations')).toMatchObject({
      dialect: 'mysql',
      database: 'union_labor_relations',
    });
  });

  it('defaults to sqlite:.data', () => {
    expect(databaseUrlFor('members', {})).toBe('sqlite:.data');
    expect(databaseUrlFor('members', { MEMBERS_DATABASE_URL: '' })).toBe('sqlite:.data');
  });

  it('derives database names with underscores', () => {
    expect(databaseNameFor('labor-relations')).toBe('union_labor_relations');
    expect(databaseNameFor('organizations')).toBe('union_organizations');
  });
});

describe('createDatabase', () => {
  it('opens an in-memory sqlite database', async () => {
    const db = await createDatabase<any>({ dialect: 'sqlite', file: ':memory:' });
    try {
      expect(isMysql(db)).toBe(false);
      const { rows } = await sql<{ v: number }>`select 1 + 1 as v`.execute(db);
      expect(rows[0]!.v).toBe(2);
    } finally {
      await db.destroy();
    }
  });

  const mysqlUrl = process.env.TEST_MYSQL_URL;
  (mysqlUrl ? it : it.skip)('creates a missing MySQL database with utf8mb4', async () => {
    const name = `union_dburl_${Date.now().toString(36)}`;
    const target = resolveDatabaseTarget(`${mysqlUrl!.replace(/\/+$/, '')}/${name}`, 'members') as Extract<
      DatabaseTarget,
      { dialect: 'mysql' }
    >;
    const admin = await createConnection({ uri: target.uri });
    const exists = async () =>
      (
        (
          await admin.query(
            'SELECT DEFAULT_CHARACTER_SET_NAME AS cs FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
            [name],
          )
        )[0] as { cs: string }[]
      )[0];
    try {
      expect(await exists()).toBeUndefined();
      const db = await createDatabase<any>(target);
      try {
        expect(isMysql(db)).toBe(true);
        expect(await exists()).toEqual({ cs: 'utf8mb4' });
        const { rows } = await sql<{ d: string }>`select database() as d`.execute(db);
        expect(rows[0]!.d).toBe(name);
      } finally {
        await db.destroy();
      }
      // Opening it again must not fail now that it exists.
      await (await createDatabase<any>(target)).destroy();
    } finally {
      await dropMysqlDatabase(target);
      expect(await exists()).toBeUndefined();
      await admin.end();
    }
  });
});
