import { InvalidArgumentError } from 'commander';
import { sql, type Kysely, type RawBuilder } from 'kysely';

const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };

/** '4G', '512M', '1.5G', '134217728' → bytes (binary units, as MySQL reads them). */
export function parseByteSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?$/i.exec(text.trim());
  if (!match) throw new InvalidArgumentError('expected a size such as 4G, 512M or a number of bytes');
  const bytes = Math.round(Number(match[1]) * UNITS[match[2]!.toUpperCase()]!);
  if (bytes < 8 * 1024 ** 2) throw new InvalidArgumentError('must be at least 8M');
  return bytes;
}

/** Bytes for humans: 134217728 → '128 MiB', 4294967296 → '4.00 GiB'. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
  return `${Math.round(bytes / 1024 ** 2)} MiB`;
}

async function scalar(db: Kysely<any>, query: RawBuilder<unknown>): Promise<unknown> {
  const { rows } = await query.execute(db);
  const row = rows[0] as Record<string, unknown> | undefined;
  return row ? Object.values(row)[0] : undefined;
}

export async function serverVersion(db: Kysely<any>): Promise<string> {
  return String(await scalar(db, sql`select version()`));
}

export async function bufferPoolSize(db: Kysely<any>): Promise<number> {
  return Number(await scalar(db, sql`select @@global.innodb_buffer_pool_size`));
}

/**
 * Sets innodb_buffer_pool_size (dynamic, needs root) and returns the size in effect, which the server
 * may round to its chunk size. MariaDB ≥ 10.11.12 resizes synchronously; older servers resize in the
 * background, so the resize status is polled (bounded) until it no longer reports work in progress.
 */
export async function setBufferPoolSize(
  db: Kysely<any>,
  bytes: number,
  maxWaitMs = 120_000,
): Promise<number> {
  await sql`SET GLOBAL innodb_buffer_pool_size = ${sql.lit(Math.round(bytes))}`.execute(db);
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    const { rows } = await sql`SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_resize_status'`.execute(db);
    const status = String((rows[0] as { Value?: string } | undefined)?.Value ?? '');
    const busy = /resiz|withdraw|allocat|progress/i.test(status) && !/complete/i.test(status);
    if (!busy) break;
    if (Date.now() > deadline) throw new Error(`buffer pool resize still running: ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return bufferPoolSize(db);
}
