import fs from 'node:fs';
import {
  createDatabase,
  databaseUrlFor,
  dropMysqlDatabase,
  migrateToLatest,
  resolveDatabaseTarget,
  type DatabaseTarget,
} from '@union/kit';
import type { Kysely } from 'kysely';
import type { SubgraphEntry } from './subgraph-registry';

/** The database of one subgraph under the DATABASE_URL rules (docs/architecture.md §2). */
export function databaseTargetOf(entry: SubgraphEntry, env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  return resolveDatabaseTarget(databaseUrlFor(entry.name, env), entry.name);
}

/** For humans: the SQLite file, or host and database of a MySQL URL (never its credentials). */
export function describeTarget(target: DatabaseTarget): string {
  if (target.dialect === 'sqlite') return `sqlite ${target.file}`;
  const url = new URL(target.uri);
  return `mysql ${url.host}/${target.database}`;
}

/** Creates the database if missing (kit createDatabase does for MySQL; SQLite creates its file). */
export function openDatabase(target: DatabaseTarget): Promise<Kysely<any>> {
  return createDatabase<any>(target, { poolSize: 2 });
}

/** Drops a MySQL database, or deletes a SQLite file with its WAL companions. */
export async function dropDatabase(target: DatabaseTarget): Promise<void> {
  if (target.dialect === 'mysql') return dropMysqlDatabase(target);
  if (target.file === ':memory:') return;
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    fs.rmSync(`${target.file}${suffix}`, { force: true });
}

/** Applies pending migrations; returns the names of those applied now. */
export function migrateSubgraph(entry: SubgraphEntry, db: Kysely<any>): Promise<string[]> {
  return migrateToLatest(db, entry.migrations);
}
