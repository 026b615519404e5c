/*
 * `npm run bench:observability -- [--scale 0.1] [--requests 400] [--warmup 60] [--concurrency 4]
 * [--rounds 3] [--modes off,metrics,tracing,both,export] [--out <file.md>]`
 *
 * Issue 10 §2 / "Done": the gateway's per-request cost with metrics and tracing on and off. The four
 * subgraphs run once, as processes of their own from dist/ with metrics and tracing off (a constant
 * backend), on one seeded SQLite data set. For each mode (METRICS=off|on, OTEL_SDK_DISABLED,
 * OTEL_EXPORTER_OTLP_ENDPOINT to a local sink that drops what it gets) the gateway process
 * (gateway/dist/start.js, LOG_LEVEL=info: access lines included, as in production) is started
 * afresh, warmed up, and sent each query `--requests` times at `--concurrency`; its CPU time per
 * request is read from /proc. Modes run interleaved, in a rotated order each round, and the median
 * round is reported, because the machine is shared and its speed drifts. Needs `npm run build` first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { issueDevToken } from '@union/gateway';
import { DEV_SECRETS } from '@union/kit';
import { summarize } from './bench/percentiles';
import { QUERIES, runLoad, type BenchQuery } from './bench-observability/load';
import { MODES, type Mode } from './bench-observability/modes';
import { startOtlpSink } from './bench-observability/otlp-sink';
import { startGateway, startSubgraphs, type RunningSubgraphs } from './bench-observability/run-graph';
import { prepareDatabases } from './prepare-databases';

const argv = process.argv.slice(2);
function option(name: string, fallback: string): string {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1]! : fallback;
}
const SCALE = Number(option('scale', '0.1'));
const REQUESTS = Number(option('requests', '400'));
const CONCURRENCY = Number(option('concurrency', '4'));
const ROUNDS = Number(option('rounds', '3'));
const WARMUP = Number(option('warmup', '60'));
const OUT = option('out', '');
const SELECTED = option('modes', MODES.map((m) => m.name).join(','))
  .split(',')
  .map((name) => {
    const mode = MODES.find((m) => m.name === name.trim());
    if (!mode) throw new Error(`unknown mode ${name}; modes: ${MODES.map((m) => m.name).join(', ')}`);
    return mode;
  });

interface Sample {
  gatewayCpuMs: number;
  p50: number;
  p95: number;
  mean: number;
  rps: number;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/*
 * The gateway is restarted in each mode; the subgraphs run once, with metrics and tracing off, as a
 * constant backend (what is measured is the gateway's own cost, in CPU time of its process).
 */
async function measureMode(mode: Mode, env: NodeJS.ProcessEnv, token: string, sinkUrl: string) {
  const gateway = await startGateway({ ...env, ...mode.env(sinkUrl) });
  const samples = new Map<string, Sample>();
  try {
    for (const q of QUERIES) {
      await runLoad(gateway.url, token, q, WARMUP, CONCURRENCY);
      const before = gateway.process.cpuMs();
      const begin = performance.now();
      const latencies = await runLoad(gateway.url, token, q, REQUESTS, CONCURRENCY);
      const seconds = (performance.now() - begin) / 1000;
      const summary = summarize(latencies);
      samples.set(q.name, {
        gatewayCpuMs: (gateway.process.cpuMs() - before) / REQUESTS,
        p50: summary.p50,
        p95: summary.p95,
        mean: summary.mean,
        rps: REQUESTS / seconds,
      });
    }
  } finally {
    await gateway.process.stop();
  }
  return samples;
}

function render(results: Map<string, Map<string, Sample[]>>, modes: readonly Mode[]): string {
  const lines: string[] = [];
  const f = (n: number, digits = 2) => n.toFixed(digits);
  for (const q of QUERIES) {
    lines.push(
      `**${q.name}**, ${REQUESTS} requests × ${ROUNDS} rounds at concurrency ${CONCURRENCY} (median round):`,
    );
    lines.push('');
    lines.push('| mode | gateway CPU ms/request | vs off | p50 ms | p95 ms | requests/s |');
    lines.push('|---|---:|---:|---:|---:|---:|');
    const base = median(
      results
        .get('off')
        ?.get(q.name)
        ?.map((s) => s.gatewayCpuMs) ?? [Number.NaN],
    );
    for (const mode of modes) {
      const rounds = results.get(mode.name)!.get(q.name)!;
      const m = (key: keyof Sample) => median(rounds.map((s) => s[key]));
      const gw = m('gatewayCpuMs');
      const delta =
        Number.isFinite(base) && mode.name !== 'off'
          ? `${gw >= base ? '+' : ''}${f(((gw - base) / base) * 100, 1)} %`
          : '';
      lines.push(
        `| ${mode.label} | ${f(gw, 3)} | ${delta} | ${f(m('p50'))} | ${f(m('p95'))} | ${f(m('rps'), 0)} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'union-bench-observability-'));
  let env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    DATABASE_URL: `sqlite:${tmp}`,
    RATE_LIMIT: 'off',
  };
  const sink = await startOtlpSink();
  let subgraphs: RunningSubgraphs | undefined;
  try {
    console.log(`seeding SQLite at scale ${SCALE} in ${tmp} …`);
    await prepareDatabases({ scale: SCALE, env });
    subgraphs = await startSubgraphs({ ...env, METRICS: 'off', OTEL_SDK_DISABLED: 'true' });
    env = subgraphs.env;
    const token = await issueDevToken({ role: 'AUDITOR', region: '44' }, DEV_SECRETS.AUTH_SECRET, '4h');
    const results = new Map<string, Map<string, Sample[]>>(
      SELECTED.map((m) => [m.name, new Map(QUERIES.map((q: BenchQuery) => [q.name, [] as Sample[]]))]),
    );
    for (let round = 0; round < ROUNDS; round++) {
      const order = SELECTED.map((_, i) => SELECTED[(i + round) % SELECTED.length]!);
      for (const mode of order) {
        const samples = await measureMode(mode, env, token, sink.url);
        for (const [q, s] of samples) results.get(mode.name)!.get(q)!.push(s);
        const first = samples.get(QUERIES[0]!.name)!;
        console.log(
          `round ${round + 1}/${ROUNDS} ${mode.name.padEnd(8)} gateway ${first.gatewayCpuMs.toFixed(3)} CPU ms/request, p50 ${first.p50.toFixed(2)} ms`,
        );
      }
    }
    const table = render(results, SELECTED);
    console.log(`\n${table}`);
    console.log(`OTLP sink received ${(sink.bytes() / 1024).toFixed(0)} KiB`);
    console.log(
      `${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}, Node ${process.version}`,
    );
    if (OUT) {
      fs.writeFileSync(OUT, table + '\n');
      console.log(`wrote ${OUT}`);
    }
  } finally {
    await subgraphs?.stop();
    await sink.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
