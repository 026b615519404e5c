import { performance } from 'node:perf_hooks';
import { CONTEXT_HEADER, newId, signContextToken, type Identity } from '@union/kit';
import { sql, type Kysely } from 'kysely';

/** Nearest-rank percentile of an ascending array (every figure is a latency that really happened). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Sends one operation `iterations` times after `warmup` unmeasured ones (answers checked), one at a time. */
export async function measure(options: {
  url: string;
  secret: string;
  identity: Identity;
  query: string;
  variables?: Record<string, unknown>;
  iterations: number;
  warmup: number;
  check: (data: any) => void;
}): Promise<{ p50: number; p95: number; max: number; count: number }> {
  const token = await signContextToken(
    { identity: options.identity, requestId: newId() },
    options.secret,
    3600,
  );
  const once = async () => {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: token },
      body: JSON.stringify({ query: options.query, variables: options.variables ?? {} }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`bench query failed: ${body.errors[0]!.message}`);
    options.check(body.data);
  };
  for (let i = 0; i < options.warmup; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    const started = performance.now();
    await once();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples[samples.length - 1]!,
    count: samples.length,
  };
}

async function scalar(db: Kysely<any>, query: ReturnType<typeof sql>): Promise<unknown> {
  const { rows } = await query.execute(db);
  const row = rows[0] as Record<string, unknown> | undefined;
  return row ? Object.values(row)[0] : undefined;
}

/**
 * Sets innodb_buffer_pool_size for the run (PERF-NOTES: the server default makes any import
 * disk-bound, and a benchmark states what it ran with); returns the size in effect and a restore.
 */
export async function applyBufferPool(
  db: Kysely<any>,
  bytes: number | null,
): Promise<{ inEffect: number; before: number; restore: () => Promise<void> }> {
  const before = Number(await scalar(db, sql`select @@global.innodb_buffer_pool_size`));
  if (!bytes || bytes === before) return { inEffect: before, before, restore: async () => undefined };
  await sql`SET GLOBAL innodb_buffer_pool_size = ${sql.lit(Math.round(bytes))}`.execute(db);
  for (let i = 0; i < 480; i++) {
    const { rows } = await sql`SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_resize_status'`.execute(db);
    const status = String((rows[0] as { Value?: string } | undefined)?.Value ?? '');
    if (!/resiz|withdraw|allocat|progress/i.test(status) || /complete/i.test(status)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const inEffect = Number(await scalar(db, sql`select @@global.innodb_buffer_pool_size`));
  return {
    inEffect,
    before,
    restore: async () => {
      await sql`SET GLOBAL innodb_buffer_pool_size = ${sql.lit(before)}`.execute(db);
    },
  };
}

export const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;
