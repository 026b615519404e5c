import type { DatabaseTarget } from '@union/kit';
import { sql, type Kysely } from 'kysely';
import { bufferPoolSize, formatBytes, serverVersion, setBufferPoolSize } from './mysql-settings';

export interface EngineSettings {
  /** e.g. 'MariaDB 10.11.19-MariaDB-0+deb12u1' or 'SQLite 3.49.1'. */
  engine: string;
  /** The memory the engine caches data in, as in effect for this run (PERF-NOTES: always stated). */
  cache: string;
  /** Puts back what the bench changed on the server. */
  restore(): Promise<string | null>;
}

/**
 * Applies `--buffer-pool` on MySQL (for this run only: `restore` sets the previous size back) and
 * reports what is in effect either way. SQLite has no buffer pool; its page cache is reported instead.
 */
export async function prepareEngine(
  db: Kysely<any>,
  target: DatabaseTarget,
  requestedBufferPool: number | undefined,
): Promise<EngineSettings> {
  if (target.dialect === 'sqlite') {
    const { rows } = await sql<{ v: string }>`select sqlite_version() as v`.execute(db);
    const pages = await sql<{ cache_size: number }>`pragma cache_size`.execute(db);
    const cacheSize = Number(pages.rows[0]?.cache_size ?? 0);
    // A negative cache_size is in KiB, a positive one in pages.
    const cache = cacheSize < 0 ? formatBytes(-cacheSize * 1024) : `${cacheSize} pages`;
    const ignored = requestedBufferPool ? '; --buffer-pool ignored' : '';
    return {
      engine: `SQLite ${rows[0]?.v ?? '?'}`,
      cache: `no buffer pool; SQLite page cache ${cache} per connection + OS file cache${ignored}`,
      restore: async () => null,
    };
  }
  const version = await serverVersion(db);
  const before = await bufferPoolSize(db);
  if (!requestedBufferPool) {
    return {
      engine: version,
      cache: `innodb_buffer_pool_size = ${formatBytes(before)} (server setting; --buffer-pool not given)`,
      restore: async () => null,
    };
  }
  const inEffect = await setBufferPoolSize(db, requestedBufferPool);
  return {
    engine: version,
    cache: `innodb_buffer_pool_size = ${formatBytes(inEffect)} (set by --buffer-pool; was ${formatBytes(before)})`,
    restore: async () => {
      if (inEffect === before) return null;
      return `innodb_buffer_pool_size restored to ${formatBytes(await setBufferPoolSize(db, before))}`;
    },
  };
}
