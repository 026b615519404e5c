/*
 * `npm run bench -- [--database-url URL] [--scale 50] [--iterations 300] [--concurrency 4]
 * [--buffer-pool 4G] [--keep]`: seeds its own database (union_bench_organizations), serves the
 * organizations subgraph in-process on 127.0.0.1, sends real signed GraphQL requests and prints
 * latency percentiles, throughput, SQL statements per request and peak memory. Every loop is
 * bounded by a count and a time cap, so it always ends by itself.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { createDatabase, createLogger, type GraphqlHttpServer } from '@union/kit';
import { createServer, type Database } from '@union/organizations';
import { Command, InvalidArgumentError } from 'commander';
import {
  createBenchTarget,
  describeBenchTarget,
  removeBenchDatabase,
  resetBenchDatabase,
} from './bench/bench-database';
import { prepareEngine, type EngineSettings } from './bench/engine-settings';
import { createGraphqlClient, type GraphqlClient } from './bench/graphql-client';
import { federationAdminToken, measureQuery, type QueryMeasurement } from './bench/measure-query';
import { startMemorySampler } from './bench/memory';
import { parseByteSize } from './bench/mysql-settings';
import { benchQueries, fetchDeepCursor } from './bench/queries';
import { renderSummary } from './bench/report';
import { prepareBenchData } from './bench/setup-phase';
import { createSqlCounter } from './bench/sql-counter';

interface BenchOptions {
  databaseUrl: string;
  scale: number;
  iterations: number;
  concurrency: number;
  warmup: number;
  maxSeconds: number;
  bufferPool?: number;
  keep: boolean;
}

function positive(integer: boolean) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)))
      throw new InvalidArgumentError(integer ? 'must be a positive integer' : 'must be a positive number');
    return n;
  };
}

const program = new Command('bench')
  .description('Benchmark the organizations subgraph over HTTP on a seeded database of its own')
  .option(
    '--database-url <url>',
    'mysql://user:pass@host:port or sqlite:<dir>',
    'mysql://root@127.0.0.1:3306',
  )
  .option('--scale <n>', 'seed volume (1 ≈ 2,200 grassroots unions; 50 ≈ 110,000)', positive(false), 50)
  .option('--iterations <n>', 'measured requests per query', positive(true), 300)
  .option('--concurrency <n>', 'requests in flight at once', positive(true), 4)
  .option('--warmup <n>', 'unmeasured requests per query first (answers checked)', positive(true), 30)
  .option('--max-seconds <n>', 'time cap of each warm-up and measured loop', positive(false), 60)
  .option(
    '--buffer-pool <size>',
    'MySQL: SET GLOBAL innodb_buffer_pool_size for this run, e.g. 4G',
    parseByteSize,
  )
  .option('--keep', 'keep the bench database afterwards', false)
  .showHelpAfterError();

async function main(): Promise<void> {
  program.parse();
  const options = program.opts<BenchOptions>();
  const memory = startMemorySampler();
  const bench = createBenchTarget(options.databaseUrl);
  const counter = createSqlCounter();
  const dialect = bench.target.dialect;
  const mem = os.totalmem() / 1024 ** 3;
  console.log(
    `organizations subgraph bench: Node ${process.version}, ${os.platform()} ${os.arch()}, ` +
      `${os.cpus().length} CPUs, ${mem.toFixed(1)} GiB RAM`,
  );
  console.log(
    `scale ${options.scale}, ${options.iterations} requests per query after ${options.warmup} warm-up, ` +
      `concurrency ${options.concurrency}, cap ${options.maxSeconds} s per loop`,
  );

  await resetBenchDatabase(bench);
  const db = await createDatabase<Database>(bench.target, { onQuery: counter.onQuery });
  let engine: EngineSettings | null = null;
  let server: GraphqlHttpServer | null = null;
  let client: GraphqlClient | null = null;
  try {
    engine = await prepareEngine(db, bench.target, options.bufferPool);
    console.log(`database: ${dialect} ${describeBenchTarget(bench)} (${engine.engine})`);
    console.log(`buffer pool: ${engine.cache}`);

    const { steps, rows, fixtures } = await prepareBenchData(db, bench.target, options.scale, memory);

    const subgraphSecret = randomBytes(32).toString('hex');
    server = await createServer({
      db,
      subgraphSecret,
      logger: createLogger('organizations', 'warn'),
      introspection: false,
    });
    const url = await server.listen(0, '127.0.0.1');
    client = createGraphqlClient(url, { maxSockets: options.concurrency, timeoutMs: 30_000 });
    console.log(`subgraph: ${url}`);

    const deepCursor = await fetchDeepCursor(client, await federationAdminToken('44', subgraphSecret, 60));
    const settings = { ...options, subgraphSecret };
    const results: QueryMeasurement[] = [];
    for (const query of benchQueries(fixtures, deepCursor)) {
      const result = await measureQuery(query, settings, { client, counter, memory });
      results.push(result);
      const capped = result.load.cappedByTime ? ' (time cap reached)' : '';
      console.log(`  ${query.label}: p95 ${result.latency.p95.toFixed(1)} ms${capped}`);
      if (result.load.errors > 0)
        console.log(`    ${result.load.errors} errors, first: ${result.load.firstError}`);
    }

    console.log(
      renderSummary({
        dialect,
        scale: options.scale,
        engine,
        steps,
        rows,
        iterations: options.iterations,
        concurrency: options.concurrency,
        results,
        peak: memory.overall(),
      }),
    );
  } finally {
    client?.close();
    await server?.close();
    const restored = await engine?.restore().catch((e: unknown) => `could not restore: ${String(e)}`);
    if (restored) console.log(restored);
    await db.destroy();
    if (options.keep) console.log(`kept: ${describeBenchTarget(bench)}`);
    else await removeBenchDatabase(bench);
    memory.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
