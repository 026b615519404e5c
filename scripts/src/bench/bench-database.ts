import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  countRows as countTableRows,
  dropMysqlDatabase,
  migrateToLatest,
  resolveDatabaseTarget,
  type DatabaseTarget,
} from '@union/kit';
import { migrations, seedOrganizations, type Database, type SeedSummary } from '@union/organizations';
import { sql, type Kysely } from 'kysely';

/** resolveDatabaseTarget names it union_<subgraph>: union_bench_organizations. */
const BENCH_SUBGRAPH = 'bench-organizations';
export const BENCH_DATABASE = 'union_bench_organizations';

export interface BenchTarget {
  target: DatabaseTarget;
  /** SQLite: the fresh directory holding the file (removed afterwards unless kept). */
  tempDir: string | null;
}

/**
 * The bench's own database, never a subgraph's: MySQL `union_bench_organizations` (dropped and
 * re-created), or a new SQLite file in a fresh temporary directory under `sqlite:<dir>`.
 */
export function createBenchTarget(url: string): BenchTarget {
  if (url.startsWith('sqlite:')) {
    const dir = url.slice('sqlite:'.length).replace(/^\/\//, '') || os.tmpdir();
    if (dir === ':memory:' || /\.(sqlite3?|db)$/.test(dir)) {
      throw new Error('--database-url sqlite:<dir> names a directory; the bench creates its own file there');
    }
    fs.mkdirSync(dir, { recursive: true });
    const tempDir = fs.mkdtempSync(path.join(path.resolve(dir), 'union-bench-'));
    return { target: { dialect: 'sqlite', file: path.join(tempDir, `${BENCH_DATABASE}.sqlite`) }, tempDir };
  }
  const target = resolveDatabaseTarget(url, BENCH_SUBGRAPH);
  // A URL naming another database must not get it dropped by a benchmark.
  if (target.dialect === 'mysql' && target.database !== BENCH_DATABASE) {
    throw new Error(`the bench only uses the database ${BENCH_DATABASE}; leave the database out of the URL`);
  }
  return { target, tempDir: null };
}

/** Host and database or file, never credentials. */
export function describeBenchTarget({ target }: BenchTarget): string {
  if (target.dialect === 'sqlite') return target.file;
  return `${new URL(target.uri).host}/${target.database}`;
}

/** MySQL: drop what a previous run left (kit createDatabase re-creates it). SQLite: the file is new. */
export async function resetBenchDatabase({ target }: BenchTarget): Promise<void> {
  if (target.dialect === 'mysql') await dropMysqlDatabase(target);
}

export async function removeBenchDatabase({ target, tempDir }: BenchTarget): Promise<void> {
  if (target.dialect === 'mysql') await dropMysqlDatabase(target);
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
}

export interface RowCounts {
  regions: number;
  organizations: number;
  employers: number;
  workerHomes: number;
}

/** Counted by SQL, not taken from what the seed says it wrote. */
export async function countRows(db: Kysely<Database>): Promise<RowCounts> {
  const count = (table: 'regions' | 'organizations' | 'employers' | 'worker_homes') =>
    countTableRows(db, table);
  return {
    regions: await count('regions'),
    organizations: await count('organizations'),
    employers: await count('employers'),
    workerHomes: await count('worker_homes'),
  };
}

export interface Timed<T> {
  ms: number;
  result: T;
}

async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

/** Every migration, 0002 loading the ~45k regions of China included. */
export function migrateTimed(db: Kysely<Database>): Promise<Timed<string[]>> {
  return timed(() => migrateToLatest(db as Kysely<any>, migrations));
}

export function seedTimed(db: Kysely<Database>, scale: number): Promise<Timed<SeedSummary>> {
  return timed(() => seedOrganizations(db, { scale }));
}

/**
 * MySQL: refresh index statistics after the bulk load, so plans do not depend on whether InnoDB's
 * background recalculation has run yet. SQLite is left as the application leaves it (no ANALYZE).
 */
export async function analyzeTables(db: Kysely<Database>, target: DatabaseTarget): Promise<boolean> {
  if (target.dialect !== 'mysql') return false;
  await sql`ANALYZE TABLE regions, organizations, employers, worker_homes`.execute(db);
  return true;
}
