import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, MysqlAdapter, MysqlDialect, SqliteDialect, type LogEvent } from 'kysely';
import { createConnection, createPool } from 'mysql2';
import type { DatabaseTarget } from './database-url';

export interface CreateDatabaseOptions {
  /** Called once per executed statement (tests count SQL with it). */
  onQuery?: (event: LogEvent) => void;
  /** MySQL pool size per process. */
  poolSize?: number;
  /** Given the MySQL pool once it exists (pool-use metrics). */
  onPool?: (pool: unknown) => void;
}

/** Opens the subgraph's database as Kysely<DB>, creating the MySQL database if it is missing. */
export async function createDatabase<DB>(
  target: DatabaseTarget,
  options: CreateDatabaseOptions = {},
): Promise<Kysely<DB>> {
  const log = options.onQuery;
  if (target.dialect === 'sqlite') {
    if (target.file !== ':memory:')
      fs.mkdirSync(path.dirname(path.resolve(target.file)), { recursive: true });
    const sqlite = new SqliteDatabase(target.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    return new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), ...(log ? { log } : {}) });
  }
  await ensureMysqlDatabase(target);
  const pool = createPool({
    uri: target.uri,
    database: target.database,
    connectionLimit: options.poolSize ?? 10,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: true,
    decimalNumbers: true,
    supportBigNumbers: true,
  });
  options.onPool?.(pool);
  return new Kysely<DB>({ dialect: new MysqlDialect({ pool }), ...(log ? { log } : {}) });
}

async function ensureMysqlDatabase(target: Extract<DatabaseTarget, { dialect: 'mysql' }>): Promise<void> {
  const conn = createConnection({ uri: target.uri }).promise();
  try {
    await conn.query(
      `CREATE DATABASE IF NOT EXISTS ${conn.escapeId(target.database)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await conn.end();
  }
}

/** Drops a MySQL database (tests and `seed --reset`); SQLite files are simply deleted by the caller. */
export async function dropMysqlDatabase(
  target: Extract<DatabaseTarget, { dialect: 'mysql' }>,
): Promise<void> {
  const conn = createConnection({ uri: target.uri }).promise();
  try {
    await conn.query(`DROP DATABASE IF EXISTS ${conn.escapeId(target.database)}`);
  } finally {
    await conn.end();
  }
}

export function isMysql(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof MysqlAdapter;
}
