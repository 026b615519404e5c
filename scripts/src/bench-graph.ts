/*
 * `npm run bench:graph -- [--database-url mysql://root@127.0.0.1:3306] [--scale 50] [--iterations 200]
 * [--concurrency 1,4] [--buffer-pool 4G] [--reset] [--drop] [--query floor,integrator] [--out docs/bench-graph.md]`
 *
 * Issue 12 §2: the whole graph as it runs in production — four subgraph processes and the gateway
 * process, each started from its built dist/ — over databases of its own (union_bench_graph_*,
 * seeded at --scale; an existing seeded set is reused unless --reset), measured through the gateway
 * with real bearer tokens. Prints p50/p95/p99, SQL statements per request of each subgraph and CPU ms
 * per request of every process (a probe preloaded into each counts its own statements and CPU), at
 * each concurrency. States the buffer pool it ran with (PERF-NOTES; --buffer-pool sets it for the
 * run and puts it back). Every loop is bounded by a count and a time cap.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { issueDevToken } from '@union/gateway';
import { createDatabase, envPrefix, resolveDatabaseTarget, type DatabaseTarget } from '@union/kit';
import { Command, InvalidArgumentError } from 'commander';
import { sql } from 'kysely';
import { prepareEngine, type EngineSettings } from './bench/engine-settings';
import { runLoad } from './bench/load-loop';
import { parseByteSize } from './bench/mysql-settings';
import { summarize } from './bench/percentiles';
import { createGatewayClient, type GatewayClient } from './bench-graph/gateway-client';
import { GRAPH_QUERIES, type GraphQuery } from './bench-graph/graph-queries';
import { renderGraphTable, type GraphMeasurement } from './bench-graph/graph-report';
import {
  benchProcessEnv,
  freePort,
  startProcess,
  type BenchProcess,
  type ProcessSample,
} from './bench-graph/processes';
import { formatPrepared, prepareDatabases } from './prepare-databases';
import { REPO_ROOT } from './repo-root';
import { dropDatabase } from './subgraph-database';
import { SUBGRAPHS } from './subgraph-registry';

interface Options {
  databaseUrl: string;
  scale: number;
  iterations: number;
  warmup: number;
  concurrency: number[];
  maxSeconds: number;
  bufferPool?: number;
  reset: boolean;
  drop: boolean;
  query?: string[];
  out?: string;
}

const positive = (integer: boolean) => (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)))
    throw new InvalidArgumentError(integer ? 'must be a positive integer' : 'must be a positive number');
  return n;
};

const program = new Command('bench:graph')
  .description('Benchmark the whole graph through the real gateway on MariaDB databases of its own')
  .option('--database-url <url>', 'mysql://user@host:port (no database)', 'mysql://root@127.0.0.1:3306')
  .option('--scale <n>', 'seed volume (50 ≈ 110,000 unions, 1,000,000 members)', positive(false), 50)
  .option('--iterations <n>', 'measured requests per query and concurrency', positive(true), 200)
  .option('--warmup <n>', 'unmeasured requests first (the first answer is checked)', positive(true), 20)
  .option(
    '--concurrency <list>',
    'requests in flight, comma-separated',
    (v) => v.split(',').map((s) => positive(true)(s.trim())),
    [1, 4],
  )
  .option('--max-seconds <n>', 'time cap of each loop', positive(false), 60)
  .option('--buffer-pool <size>', 'SET GLOBAL innodb_buffer_pool_size for the run, e.g. 4G', parseByteSize)
  .option('--reset', 'drop and re-seed the bench databases first', false)
  .option('--drop', 'drop the bench databases afterwards', false)
  .option('--query <texts>', 'only the queries whose label contains one of these (comma-separated)', (v) =>
    v.split(',').map((t) => t.trim()),
  )
  .option('--out <file>', 'also write the report (Markdown) to this file')
  .showHelpAfterError();

const dbName = (subgraph: string) => `union_bench_graph_${subgraph.replace(/-/g, '_')}`;

async function measure(
  client: GatewayClient,
  q: GraphQuery,
  concurrency: number,
  options: Options,
  processes: BenchProcess[],
): Promise<GraphMeasurement> {
  q.check(await client.request(q.query, {}));
  await runLoad(() => client.request(q.query, {}).then(() => undefined), {
    iterations: options.warmup,
    concurrency,
    maxMs: options.maxSeconds * 1000,
  });
  const sampleAll = async () =>
    new Map<string, ProcessSample>(
      await Promise.all(processes.map(async (p) => [p.name, await p.sample()] as const)),
    );
  const before = await sampleAll();
  const load = await runLoad(() => client.request(q.query, {}).then(() => undefined), {
    iterations: options.iterations,
    concurrency,
    maxMs: options.maxSeconds * 1000,
  });
  const after = await sampleAll();
  const n = Math.max(1, load.latenciesMs.length + load.errors);
  const statements: Record<string, number> = {};
  const cpuMs: Record<string, number> = {};
  for (const p of processes) {
    const b = before.get(p.name)!;
    const a = after.get(p.name)!;
    // Each sample answers one IPC message, no SQL: the deltas are the requests' own.
    if (p.name !== 'gateway') statements[p.name] = (a.statements - b.statements) / n;
    cpuMs[p.name] = (a.cpuMicros - b.cpuMicros) / 1000 / n;
  }
  const target =
    q.target && (q.target.concurrency === null || q.target.concurrency === concurrency) ? q.target.p95 : null;
  return {
    label: q.label,
    concurrency,
    latency: summarize(load.latenciesMs),
    requests: load.latenciesMs.length,
    errors: load.errors,
    firstError: load.firstError,
    cappedByTime: load.cappedByTime,
    target,
    statements,
    cpuMs,
  };
}

async function analyze(target: DatabaseTarget): Promise<void> {
  const db = await createDatabase<any>(target, { poolSize: 1 });
  try {
    const { rows } = await sql<{ t: string }>`select table_name as t from information_schema.tables
      where table_schema = ${target.dialect === 'mysql' ? target.database : ''} and table_type = 'BASE TABLE'`.execute(
      db,
    );
    for (const { t } of rows) await sql`analyze table ${sql.id(t)}`.execute(db);
  } finally {
    await db.destroy();
  }
}

async function main(): Promise<void> {
  program.parse();
  const options = program.opts<Options>();
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  const base = options.databaseUrl.replace(/\/+$/, '');
  if (!/^(mysql|mariadb):\/\/[^/]+$/.test(base))
    throw new Error('--database-url is a MySQL/MariaDB server URL without a database');
  const env = benchProcessEnv();
  const targets = new Map<string, DatabaseTarget>();
  for (const entry of SUBGRAPHS) {
    const url = `${base}/${dbName(entry.name)}`;
    env[`${envPrefix(entry.name)}_DATABASE_URL`] = url;
    targets.set(entry.name, resolveDatabaseTarget(url, entry.name));
  }

  const started = new Date();
  say(`# bench:graph — ${started.toISOString().replace(/\.\d+Z$/, 'Z')}`);
  say('');
  say(
    `machine: ${os.hostname()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ` +
      `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}, ` +
      `Node ${process.version}, ${os.platform()} ${os.arch()}`,
  );
  const first = targets.get(SUBGRAPHS[0]!.name)!;
  const admin = await createDatabase<any>(first, { poolSize: 1 });
  let engine: EngineSettings | null = null;
  const processes: BenchProcess[] = [];
  let client: GatewayClient | null = null;
  try {
    engine = await prepareEngine(admin, first, options.bufferPool);
    say(`database: ${engine.engine}; ${engine.cache}`);
    say(
      `scale ${options.scale}; ${options.iterations} measured requests per row after ${options.warmup} warm-up, ` +
        `cap ${options.maxSeconds} s per loop; rate limits, metrics and tracing off`,
    );
    if (options.reset) for (const t of targets.values()) await dropDatabase(t);
    const seedStarted = Date.now();
    const prepared = await prepareDatabases({
      scale: options.scale,
      env,
      onPrepared: (p) => console.log(`  ${formatPrepared(p)}`),
    });
    for (const p of prepared)
      say(
        `- ${p.name}: ${Object.entries(p.seed.counts)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
    if (prepared.some((p) => p.seed.created)) {
      for (const t of targets.values()) await analyze(t);
      say(`seeded in ${((Date.now() - seedStarted) / 1000).toFixed(0)} s (then ANALYZE TABLE)`);
    } else say('reused the seeded bench databases');

    const ports = new Map<string, number>();
    for (const entry of SUBGRAPHS) {
      const port = await freePort();
      ports.set(entry.name, port);
      env[`${envPrefix(entry.name)}_PORT`] = String(port);
      env[`${envPrefix(entry.name)}_URL`] = `http://127.0.0.1:${port}/graphql`;
    }
    for (const entry of SUBGRAPHS) {
      const dir = path.join('subgraphs', entry.name, 'dist', 'index.js');
      processes.push(await startProcess(entry.name, dir, ports.get(entry.name)!, env));
    }
    const gatewayPort = await freePort();
    processes.push(
      await startProcess('gateway', path.join('gateway', 'dist', 'start.js'), gatewayPort, {
        ...env,
        GATEWAY_PORT: String(gatewayPort),
      }),
    );
    const token = await issueDevToken({ role: 'FEDERATION_ADMIN', region: '44' }, env.AUTH_SECRET!, {
      ttl: '4h',
    });
    client = createGatewayClient(
      `http://127.0.0.1:${gatewayPort}/graphql`,
      token,
      Math.max(...options.concurrency),
    );

    const results: GraphMeasurement[] = [];
    const queries = GRAPH_QUERIES.filter(
      (q) => !options.query || options.query.some((t) => q.label.includes(t)),
    );
    const total = queries.length * options.concurrency.length;
    measuring: for (const q of queries) {
      for (const c of options.concurrency) {
        if (stopRequested) break measuring;
        const r = await measure(client, q, c, options, processes);
        results.push(r);
        console.log(`  ${q.label} @${c}: p50 ${r.latency.p50.toFixed(1)} p95 ${r.latency.p95.toFixed(1)} ms`);
        if (r.errors > 0) console.log(`    ${r.errors} errors, first: ${r.firstError}`);
        // Written row by row, so a run stopped early still leaves what it measured.
        if (options.out && results.length < total)
          writeReport(options.out, [
            ...lines,
            '',
            `(partial: ${results.length} of ${total} rows)`,
            '',
            renderGraphTable(results),
          ]);
      }
    }
    say('');
    if (results.length < total) say(`stopped early: ${results.length} of ${total} rows measured`);
    say(renderGraphTable(results));
    say('');
    say(
      'SQL statements are counted in each subgraph process (mysql2 calls, transactions and `_entities` look-ups included); ' +
        'CPU is each process’s own user+system time over the loop, divided by the requests.',
    );
  } finally {
    client?.close();
    for (const p of [...processes].reverse()) await p.stop();
    const restored = await engine?.restore().catch((e: unknown) => `could not restore: ${String(e)}`);
    if (restored) say(restored);
    await admin.destroy();
    if (options.drop) for (const t of targets.values()) await dropDatabase(t);
    if (options.out) console.log(`wrote ${writeReport(options.out, lines)}`);
  }
}

let stopRequested = false;
// SIGINT / SIGTERM: finish the loop in flight, then stop the processes and restore the buffer pool.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (stopRequested) process.exit(130);
    stopRequested = true;
    console.error(`bench:graph: ${signal}: stopping after the loop in flight (again to quit at once)`);
  });

function writeReport(out: string, lines: readonly string[]): string {
  const file = path.resolve(REPO_ROOT, out);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return path.relative(REPO_ROOT, file);
}

main().catch((error: unknown) => {
  console.error(`bench:graph: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
