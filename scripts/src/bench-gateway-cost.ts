/*
 * `npm run bench:gateway-cost -- [--database-url sqlite:/tmp/union-bench-gateway-cost | mysql://root@127.0.0.1:3306]
 * [--scale 1] [--buffer-pool 4G] [--iterations 300] [--warmup 30] [--concurrency 1] [--rounds 3] [--cpu-prof <dir>] [--out <file>]`
 *
 * Issue 12 §3: the gateway's own CPU per request on the README's four-subgraph integrator query, with
 * all its plugins and with each of the bearer JWT check, the x-union-context signing, error masking
 * and the query limits switched off (a bench-only switch of createGateway, gateway/src/bench/gateway-parts.ts).
 * The four subgraphs run once, each in its own process from its built dist/; every variant is a fresh
 * gateway process, and the variants take turns over --rounds so that drift hits them alike. CPU is
 * each process's own user+system time over the measured loop (the bench-graph probe), divided by the
 * requests. On SQLite the data is seeded at --scale into a directory of its own; on MySQL/MariaDB the
 * bench:graph databases (union_bench_graph_*) are used. Traffic goes to 127.0.0.1 only; every loop
 * is bounded by a count and a time cap.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GATEWAY_PARTS, issueDevToken } from '@union/gateway';
import { createDatabase, envPrefix, resolveDatabaseTarget } from '@union/kit';
import { Command, InvalidArgumentError } from 'commander';
import { prepareEngine, type EngineSettings } from './bench/engine-settings';
import { runLoad } from './bench/load-loop';
import { parseByteSize } from './bench/mysql-settings';
import { summarize } from './bench/percentiles';
import { createGatewayClient } from './bench-graph/gateway-client';
import { GRAPH_QUERIES } from './bench-graph/graph-queries';
import { measureOperationCosts } from './bench-graph/operation-costs';
import {
  benchProcessEnv,
  freePort,
  startProcess,
  type BenchProcess,
  type ProcessSample,
} from './bench-graph/processes';
import { formatPrepared, prepareDatabases } from './prepare-databases';
import { REPO_ROOT } from './repo-root';
import { SUBGRAPHS } from './subgraph-registry';

interface Options {
  databaseUrl: string;
  scale: number;
  iterations: number;
  warmup: number;
  concurrency: number;
  rounds: number;
  maxSeconds: number;
  cpuProf?: string;
  bufferPool?: number;
  only?: string[];
  query: string;
  out?: string;
}

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
};

const program = new Command('bench:gateway-cost')
  .description("The gateway's CPU per request on the integrator query, with and without each of its plugins")
  .option(
    '--database-url <url>',
    'sqlite:<dir> (seeded at --scale) or mysql://user@host:port (the bench:graph databases)',
    `sqlite:${path.join(os.tmpdir(), 'union-bench-gateway-cost')}`,
  )
  .option('--scale <n>', 'seed volume on SQLite', positive, 1)
  .option('--iterations <n>', 'measured requests per variant and round', positive, 300)
  .option('--warmup <n>', 'unmeasured requests first (the first answer is checked)', positive, 30)
  .option('--concurrency <n>', 'requests in flight', positive, 1)
  .option('--rounds <n>', 'times every variant is measured (the median is reported)', positive, 3)
  .option('--max-seconds <n>', 'time cap of each loop', positive, 60)
  .option(
    '--buffer-pool <size>',
    'MySQL: SET GLOBAL innodb_buffer_pool_size for the run, e.g. 4G',
    parseByteSize,
  )
  .option('--cpu-prof <dir>', 'write a V8 CPU profile of every process to this directory (all parts on)')
  .option('--only <keys>', 'measure only these rows: all,jwt,signing,masking,limits,none', (v) =>
    v.split(',').map((s) => s.trim()),
  )
  .option(
    '--query <text>',
    'a bench:graph query whose label contains this (default: the integrator)',
    'integrator',
  )
  .option('--out <file>', 'also write the report (Markdown) to this file')
  .showHelpAfterError();

/* What is switched off in each row: nothing, each part alone, then all of them. */
const VARIANTS: readonly { key: string; label: string; off: string[] }[] = [
  { key: 'all', label: 'all plugins (as in production)', off: [] },
  { key: 'jwt', label: 'without the bearer JWT check', off: ['jwt'] },
  { key: 'signing', label: 'without x-union-context signing', off: ['signing'] },
  { key: 'masking', label: 'without error masking', off: ['masking'] },
  { key: 'limits', label: 'without query limits', off: ['limits'] },
  { key: 'none', label: 'without all four', off: [...GATEWAY_PARTS] },
];

const dbName = (subgraph: string) => `union_bench_graph_${subgraph.replace(/-/g, '_')}`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Sample {
  gatewayCpuMs: number;
  gatewaySystemMs: number;
  subgraphCpuMs: number;
  p50: number;
  p95: number;
  requests: number;
  errors: number;
}

async function main(): Promise<void> {
  program.parse();
  const options = program.opts<Options>();
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  const mysql = /^(mysql|mariadb):\/\//.test(options.databaseUrl);
  if (!mysql && !options.databaseUrl.startsWith('sqlite:'))
    throw new Error('--database-url is sqlite:<dir> or a MySQL/MariaDB server URL without a database');
  const env = benchProcessEnv({ SHUTDOWN_DELAY_MS: '0' });
  if (mysql) {
    const base = options.databaseUrl.replace(/\/+$/, '');
    for (const entry of SUBGRAPHS)
      env[`${envPrefix(entry.name)}_DATABASE_URL`] = `${base}/${dbName(entry.name)}`;
  } else {
    fs.mkdirSync(options.databaseUrl.slice('sqlite:'.length), { recursive: true });
    env.DATABASE_URL = options.databaseUrl;
  }
  say(`# bench:gateway-cost — ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`);
  say('');
  say(
    `- machine: ${os.hostname()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ` +
      `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}, Node ${process.version}, ${os.platform()} ${os.arch()}`,
  );
  const prepared = await prepareDatabases({
    scale: options.scale,
    env,
    onPrepared: (p) => console.log(`  ${formatPrepared(p)}`),
  });
  const firstUrl = env[`${envPrefix(SUBGRAPHS[0]!.name)}_DATABASE_URL`] ?? options.databaseUrl;
  const firstTarget = resolveDatabaseTarget(firstUrl, SUBGRAPHS[0]!.name);
  const admin = await createDatabase<any>(firstTarget, { poolSize: 1 });
  let engine: EngineSettings | null = null;
  try {
    engine = await prepareEngine(admin, firstTarget, options.bufferPool);
    await measureAll(options, env, mysql, prepared, engine, say);
  } finally {
    const restored = await engine?.restore().catch((e: unknown) => `could not restore: ${String(e)}`);
    if (restored) say(restored);
    await admin.destroy();
  }
  if (!stopRequested) {
    say('');
    say('Per operation, in-process (CPU µs per call, 20,000 calls after a warm-up):');
    say('');
    say('| operation | CPU µs / call |');
    say('|---|---:|');
    for (const c of await measureOperationCosts()) say(`| ${c.operation} | ${c.microseconds.toFixed(1)} |`);
  }
  if (options.out) {
    const file = path.resolve(REPO_ROOT, options.out);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
  }
}

async function measureAll(
  options: Options,
  env: NodeJS.ProcessEnv,
  mysql: boolean,
  prepared: Awaited<ReturnType<typeof prepareDatabases>>,
  engine: EngineSettings,
  say: (line: string) => void,
): Promise<void> {
  const integrator = GRAPH_QUERIES.find((q) => q.label.includes(options.query));
  if (!integrator) throw new Error(`no bench:graph query is labelled like '${options.query}'`);
  say(`- database: ${engine.engine}; ${engine.cache}`);
  say(
    `- data: ${mysql ? `${options.databaseUrl.replace(/\/\/[^@]*@/, '//')} (union_bench_graph_*)` : `SQLite (WAL) in ${options.databaseUrl.slice(7)}`}; ` +
      prepared
        .map(
          (p) =>
            `${p.name} ${Object.entries(p.seed.counts)
              .slice(0, 4)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')}`,
        )
        .join('; '),
  );
  say(
    `- query: ${integrator.label}; ${options.iterations} measured requests per variant and ` +
      `round after ${options.warmup} warm-up, concurrency ${options.concurrency}, ${options.rounds} rounds ` +
      `(median shown); LOG_LEVEL=warn, rate limits, metrics and tracing off`,
  );

  const subgraphs: BenchProcess[] = [];
  const profileDir = options.cpuProf ? path.resolve(options.cpuProf) : undefined;
  if (profileDir) fs.mkdirSync(profileDir, { recursive: true });
  for (const entry of SUBGRAPHS) {
    const port = await freePort();
    env[`${envPrefix(entry.name)}_PORT`] = String(port);
    env[`${envPrefix(entry.name)}_URL`] = `http://127.0.0.1:${port}/graphql`;
  }
  const token = await issueDevToken({ role: 'FEDERATION_ADMIN', region: '44' }, env.AUTH_SECRET!, {
    ttl: '4h',
  });
  const samples = new Map<string, Sample[]>(VARIANTS.map((v) => [v.label, []]));
  try {
    for (const entry of SUBGRAPHS) {
      const port = Number(env[`${envPrefix(entry.name)}_PORT`]);
      const dist = path.join('subgraphs', entry.name, 'dist', 'index.js');
      subgraphs.push(await startProcess(entry.name, dist, port, env));
    }
    const chosen = VARIANTS.filter((v) => !options.only || options.only.includes(v.key));
    const variants = options.cpuProf ? chosen.slice(0, 1) : chosen;
    const rounds = options.cpuProf ? 1 : options.rounds;
    for (let round = 0; round < rounds && !stopRequested; round += 1) {
      for (const variant of variants) {
        if (stopRequested) break;
        const port = await freePort();
        const gateway = await startProcess(
          'gateway',
          path.join('scripts', 'dist', 'bench-graph', 'gateway-variant.js'),
          port,
          { ...env, GATEWAY_PORT: String(port) },
          180_000,
          { args: [variant.off.join(',')] },
        );
        const client = createGatewayClient(`http://127.0.0.1:${port}/graphql`, token, options.concurrency);
        try {
          const sample = await measure(
            () => client.request(integrator.query, {}),
            integrator.check,
            [gateway, ...subgraphs],
            options,
            profileDir,
          );
          samples.get(variant.label)!.push(sample);
          console.log(
            `  round ${round + 1} ${variant.label}: gateway ${sample.gatewayCpuMs.toFixed(2)} ms CPU/request ` +
              `(kernel ${sample.gatewaySystemMs.toFixed(2)}), ` +
              `subgraphs ${sample.subgraphCpuMs.toFixed(2)}, p50 ${sample.p50.toFixed(1)} ms` +
              (sample.errors > 0 ? `, ${sample.errors} errors` : ''),
          );
        } finally {
          client.close();
          await gateway.stop();
        }
      }
    }
  } finally {
    for (const p of [...subgraphs].reverse()) await p.stop();
  }

  const rows = VARIANTS.filter((v) => samples.get(v.label)!.length > 0).map((v) => {
    const s = samples.get(v.label)!;
    return {
      label: v.label,
      off: v.off,
      gateway: median(s.map((x) => x.gatewayCpuMs)),
      system: median(s.map((x) => x.gatewaySystemMs)),
      range: [Math.min(...s.map((x) => x.gatewayCpuMs)), Math.max(...s.map((x) => x.gatewayCpuMs))],
      subgraphs: median(s.map((x) => x.subgraphCpuMs)),
      p50: median(s.map((x) => x.p50)),
      p95: median(s.map((x) => x.p95)),
      errors: s.reduce((n, x) => n + x.errors, 0),
    };
  });
  const all = rows[0]?.gateway ?? 0;
  say('');
  say(
    '| gateway | gateway CPU ms / request | (min – max over rounds) | of which kernel | saved vs all plugins | subgraphs’ CPU ms / request | p50 ms | p95 ms | errors |',
  );
  say('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows)
    say(
      `| ${r.label} | ${r.gateway.toFixed(2)} | ${r.range[0]!.toFixed(2)} – ${r.range[1]!.toFixed(2)} | ` +
        `${r.system.toFixed(2)} | ` +
        `${r.off.length === 0 ? '—' : (all - r.gateway).toFixed(2)} | ${r.subgraphs.toFixed(2)} | ` +
        `${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.errors} |`,
    );
  say('');
  say(
    'CPU is each process’s own user+system time over the measured loop, divided by the requests; the ' +
      'subgraphs’ column sums the four subgraph processes. Without signing, one context token per caller is ' +
      're-signed every 30 s; without the JWT check, each Authorization header is verified once; without ' +
      'limits, the token, field, depth, alias, directive and cost rules, the APQ check and the form budget are gone.',
  );
}

async function measure(
  request: () => Promise<unknown>,
  check: (data: unknown) => void,
  processes: BenchProcess[],
  options: Options,
  profileDir?: string,
): Promise<Sample> {
  check(await request());
  const bounds = { concurrency: options.concurrency, maxMs: options.maxSeconds * 1000 };
  await runLoad(() => request().then(() => undefined), { ...bounds, iterations: options.warmup });
  const sampleAll = () => Promise.all(processes.map((p) => p.sample()));
  if (profileDir) await Promise.all(processes.map((p) => p.profile('start')));
  const before: ProcessSample[] = await sampleAll();
  const load = await runLoad(() => request().then(() => undefined), {
    ...bounds,
    iterations: options.iterations,
  });
  const after: ProcessSample[] = await sampleAll();
  if (profileDir)
    await Promise.all(processes.map((p) => p.profile('stop', path.join(profileDir, `${p.name}.cpuprofile`))));
  const n = Math.max(1, load.latenciesMs.length + load.errors);
  const cpu = processes.map((_, i) => (after[i]!.cpuMicros - before[i]!.cpuMicros) / 1000 / n);
  const system = ((after[0]!.systemMicros ?? 0) - (before[0]!.systemMicros ?? 0)) / 1000 / n;
  const latency = summarize(load.latenciesMs);
  return {
    gatewayCpuMs: cpu[0]!,
    gatewaySystemMs: system,
    subgraphCpuMs: cpu.slice(1).reduce((a, b) => a + b, 0),
    p50: latency.p50,
    p95: latency.p95,
    requests: load.latenciesMs.length,
    errors: load.errors,
  };
}

let stopRequested = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (stopRequested) process.exit(130);
    stopRequested = true;
    console.error(`bench:gateway-cost: ${signal}: stopping after the loop in flight (again to quit at once)`);
  });

main().catch((error: unknown) => {
  console.error(`bench:gateway-cost: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
