/*
 * `npm run bench:observability -- [--scale 0.1] [--blocks 10] [--block 50] [--warmup 100]
 * [--concurrency 4] [--modes off,metrics,tracing,both,export] [--out <file.md>]`
 *
 * Issue 10 §2 / "Done": the gateway's per-request cost with metrics and tracing on and off. The four
 * subgraphs run as processes of their own from dist/ with metrics and tracing off (a constant
 * backend) on one seeded SQLite data set. One gateway process per mode (gateway/dist/start.js,
 * LOG_LEVEL=info: access lines included, as in production) runs at the same time, each configured
 * by its environment (METRICS, OTEL_SDK_DISABLED, OTEL_EXPORTER_OTLP_ENDPOINT to a local sink that
 * drops what it gets). After a warm-up, the gateways take turns: `--blocks` rounds in which each
 * gateway, in a rotated order, is sent `--block` requests (four times as many of the cheap one-field
 * query) at `--concurrency`, and the CPU time its process used for them (all threads, ns, from
 * each thread's /proc schedstat) is recorded. Taking turns in short blocks pairs the modes under the
 * same machine load (the machine is shared and its speed drifts); "vs off" is the median over blocks
 * of each block's ratio to the off gateway's block in the same round. Needs `npm run build` first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { issueDevToken } from '@union/gateway';
import { DEV_SECRETS } from '@union/kit';
import { summarize } from './bench/percentiles';
import { QUERIES, runLoad, type BenchQuery } from './bench-observability/load';
import { MODES, type Mode } from './bench-observability/modes';
import { startOtlpSink } from './bench-observability/otlp-sink';
import { startGateway, startSubgraphs, type RunningSubgraphs } from './bench-observability/run-graph';
import type { ServiceProcess } from './bench-observability/service-processes';
import { prepareDatabases } from './prepare-databases';

const argv = process.argv.slice(2);
function option(name: string, fallback: string): string {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1]! : fallback;
}
const SCALE = Number(option('scale', '0.1'));
const BLOCKS = Number(option('blocks', '10'));
const BLOCK = Number(option('block', '50'));
const CONCURRENCY = Number(option('concurrency', '4'));
const WARMUP = Number(option('warmup', '100'));
const OUT = option('out', '');
const SELECTED = option('modes', MODES.map((m) => m.name).join(','))
  .split(',')
  .map((name) => {
    const mode = MODES.find((m) => m.name === name.trim());
    if (!mode) throw new Error(`unknown mode ${name}; modes: ${MODES.map((m) => m.name).join(', ')}`);
    return mode;
  });

interface Gateway {
  mode: Mode;
  url: string;
  process: ServiceProcess;
}

interface Result {
  cpuMs: number[];
  latencies: number[];
  seconds: number;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function measureQuery(gateways: Gateway[], token: string, q: BenchQuery): Promise<Map<string, Result>> {
  const results = new Map(
    gateways.map((g) => [g.mode.name, { cpuMs: [], latencies: [], seconds: 0 } as Result]),
  );
  for (const g of gateways) await runLoad(g.url, token, q, WARMUP, CONCURRENCY);
  for (let block = 0; block < BLOCKS; block++) {
    const order = gateways.map((_, i) => gateways[(i + block) % gateways.length]!);
    for (const g of order) {
      const result = results.get(g.mode.name)!;
      const before = g.process.cpuMs();
      const begin = performance.now();
      result.latencies.push(...(await runLoad(g.url, token, q, BLOCK * q.weight, CONCURRENCY)));
      result.seconds += (performance.now() - begin) / 1000;
      result.cpuMs.push(g.process.cpuMs() - before);
    }
  }
  return results;
}

function render(q: BenchQuery, results: Map<string, Result>, modes: readonly Mode[]): string[] {
  const f = (n: number, digits = 2) => n.toFixed(digits);
  const off = results.get('off');
  const lines = [
    `**${q.name}**: ${BLOCKS} blocks × ${BLOCK * q.weight} requests per mode at concurrency ${CONCURRENCY}, after ${WARMUP} warm-up requests`,
    '',
    '| mode | gateway CPU ms/request | vs off (median of paired blocks) | p50 ms | p95 ms | requests/s |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const mode of modes) {
    const r = results.get(mode.name)!;
    const total = r.cpuMs.reduce((a, b) => a + b, 0);
    const latency = summarize(r.latencies);
    const ratio =
      off && mode.name !== 'off' ? median(r.cpuMs.map((cpu, i) => cpu / off.cpuMs[i]! - 1)) * 100 : undefined;
    const delta = ratio === undefined ? '' : `${ratio >= 0 ? '+' : ''}${f(ratio, 1)} %`;
    lines.push(
      `| ${mode.label} | ${f(total / r.latencies.length, 3)} | ${delta} | ${f(latency.p50)} | ${f(latency.p95)} | ${f(r.latencies.length / r.seconds, 0)} |`,
    );
  }
  lines.push('');
  return lines;
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'union-bench-observability-'));
  const base: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    DATABASE_URL: `sqlite:${tmp}`,
    RATE_LIMIT: 'off',
  };
  const sink = await startOtlpSink();
  let subgraphs: RunningSubgraphs | undefined;
  const gateways: Gateway[] = [];
  try {
    console.log(`seeding SQLite at scale ${SCALE} in ${tmp} …`);
    await prepareDatabases({ scale: SCALE, env: base });
    subgraphs = await startSubgraphs({ ...base, METRICS: 'off', OTEL_SDK_DISABLED: 'true' });
    for (const mode of SELECTED) {
      const started = await startGateway({ ...subgraphs.env, ...mode.env(sink.url) });
      gateways.push({ mode, ...started });
      console.log(`gateway ${mode.name} started`);
    }
    const token = await issueDevToken({ role: 'AUDITOR', region: '44' }, DEV_SECRETS.AUTH_SECRET, '4h');
    const lines: string[] = [];
    for (const q of QUERIES) {
      const results = await measureQuery(gateways, token, q);
      lines.push(...render(q, results, SELECTED));
      console.log(`${q.name}: done`);
    }
    const table = lines.join('\n');
    const machine = `${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' ',
      )} at the end, Node ${process.version}; the OTLP sink received ${(sink.bytes() / 1024).toFixed(0)} KiB`;
    console.log(`\n${table}\n${machine}`);
    if (OUT) {
      fs.writeFileSync(OUT, `${table}\n${machine}\n`);
      console.log(`wrote ${OUT}`);
    }
  } finally {
    for (const g of gateways) await g.process.stop();
    await subgraphs?.stop();
    await sink.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
