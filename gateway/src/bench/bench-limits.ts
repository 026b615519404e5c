/* eslint-disable no-console -- a command-line tool: the console is its output */
/*
 * `npm run bench:limits -- [--seconds 3] [--concurrency 4]`
 *
 * Issue 9 §3: how fast the gateway refuses abusive documents, and whether /healthz stays responsive
 * meanwhile. Starts the real gateway (`node gateway/dist/start.js`, its own process, so the clients
 * here do not share its event loop) on the committed supergraph — no subgraph is needed: every request
 * measured is refused before execution; rate limits are off, they are not what is measured — then:
 *  1. ms to refuse the review's 10,000-repeat `{ regions { code code … } }` (≈50 KB; token limit);
 *  2. ms to refuse 1,900 repeats (under the token limit; field limit) and, for comparison, what
 *     graphql-js validation alone costs that document without the field limit, and the validation
 *     cost of the costliest document the limits still accept (in this process);
 *  3. ms to refuse a body over MAX_REQUEST_BYTES (413);
 *  4. /healthz latency (p50/p99/max) while `--concurrency` clients send the 10,000-repeat query
 *     for `--seconds`, next to /healthz latency on an idle gateway.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { loadGatewayConfig } from '../config';
import { parseOptionsFor, queryLimitRules } from '../limits/query-limits';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const SECONDS = option('seconds', 3);
const CONCURRENCY = option('concurrency', 4);

const repeatQuery = (n: number) => `{ regions { ${'code '.repeat(n)}} }`;

async function post(url: string, body: string): Promise<{ status: number; code?: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, code: json.errors?.[0]?.extensions?.code };
}

function quantiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1]! };
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function timeRefusal(url: string, body: string, runs = 20) {
  let last: { status: number; code?: string } = { status: 0 };
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    last = await post(url, body);
    samples.push(performance.now() - started);
  }
  return { ...quantiles(samples), ...last };
}

async function healthzLatency(healthUrl: string, until: () => boolean): Promise<number[]> {
  const samples: number[] = [];
  while (!until()) {
    const started = performance.now();
    const res = await fetch(healthUrl);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`/healthz answered ${res.status}`);
    samples.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return samples;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(healthUrl: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(healthUrl).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error('the gateway did not start');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function main() {
  const env = {
    ...process.env,
    GATEWAY_PORT: String(await freePort()),
    HOST: '127.0.0.1',
    RATE_LIMIT: 'off',
    LOG_LEVEL: 'warn',
  };
  const config = loadGatewayConfig(env);
  const child = spawn(process.execPath, [path.resolve(__dirname, '../start.js')], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${config.port}/graphql`;
  const healthUrl = `http://127.0.0.1:${config.port}/healthz`;
  try {
    await waitForHealth(healthUrl);
    const big = JSON.stringify({ query: repeatQuery(10_000) });
    const underTokens = JSON.stringify({ query: repeatQuery(1_900) });
    const oversized = JSON.stringify({
      query: '{ regions { code } }',
      variables: { pad: 'x'.repeat(config.maxRequestBytes) },
    });
    // Warm-up: the first request also loads the supergraph's query planner.
    await post(url, JSON.stringify({ query: '{ __typename }' }));

    console.log(
      `gateway limits: MAX_QUERY_TOKENS=${config.queryLimits.maxTokens} MAX_QUERY_FIELDS=${config.queryLimits.maxFields} MAX_REQUEST_BYTES=${config.maxRequestBytes}`,
    );
    const r1 = await timeRefusal(url, big);
    console.log(
      `1. 10,000-repeat query (${(big.length / 1024).toFixed(0)} KB): ${r1.status} ${r1.code}; refused in p50 ${fmt(r1.p50)}, max ${fmt(r1.max)} (n=${r1.n})`,
    );
    const r2 = await timeRefusal(url, underTokens);
    console.log(
      `2. 1,900-repeat query (${(underTokens.length / 1024).toFixed(0)} KB): ${r2.status} ${r2.code}; refused in p50 ${fmt(r2.p50)}, max ${fmt(r2.max)}`,
    );
    const schema = buildSchema(
      fs.readFileSync(path.resolve(__dirname, '../../../schema/api.graphql'), 'utf8'),
    );
    const started = performance.now();
    validate(schema, parse(repeatQuery(1_900)), specifiedRules);
    console.log(
      `   the same document through graphql-js validation without the field limit: ${fmt(performance.now() - started)}`,
    );
    // What the limits still allow: the costliest overlap check a document within them can ask for.
    const half = Math.floor((config.queryLimits.maxFields - 3) / 2);
    const worst = `{ regions { children { ${'code '.repeat(half)}} children { ${'code '.repeat(half)}} } }`;
    const rules = [...specifiedRules, ...queryLimitRules(config.queryLimits)];
    const worstDocument = parse(worst, parseOptionsFor(config.queryLimits));
    const worstSamples: number[] = [];
    let worstErrors = 0;
    for (let i = 0; i < 7; i += 1) {
      const worstStarted = performance.now();
      worstErrors = validate(schema, worstDocument, rules).length;
      worstSamples.push(performance.now() - worstStarted);
    }
    const w = quantiles(worstSamples);
    console.log(
      `   worst document within the limits (2 × ${half} repeated fields, ${worstErrors} errors): validation p50 ${fmt(w.p50)}, max ${fmt(w.max)}`,
    );
    const r3 = await timeRefusal(url, oversized, 10);
    console.log(
      `3. body of ${(oversized.length / 1024).toFixed(0)} KB: ${r3.status} ${r3.code}; refused in p50 ${fmt(r3.p50)}, max ${fmt(r3.max)}`,
    );

    const idleEnd = performance.now() + 1000;
    const idle = quantiles(await healthzLatency(healthUrl, () => performance.now() > idleEnd));
    const end = performance.now() + SECONDS * 1000;
    let refused = 0;
    const attackers = Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const answer = await post(url, big);
        if (answer.code !== 'GRAPHQL_PARSE_FAILED')
          throw new Error(`unexpected answer ${JSON.stringify(answer)}`);
        refused += 1;
      }
    });
    const [underLoad] = await Promise.all([
      healthzLatency(healthUrl, () => performance.now() > end),
      ...attackers,
    ]);
    const busy = quantiles(underLoad);
    console.log(
      `4. /healthz idle: p50 ${fmt(idle.p50)}, p99 ${fmt(idle.p99)}, max ${fmt(idle.max)} (n=${idle.n})`,
    );
    console.log(
      `   /healthz while ${CONCURRENCY} clients send the 10,000-repeat query for ${SECONDS} s (${refused} refused, ${(refused / SECONDS).toFixed(0)}/s): p50 ${fmt(busy.p50)}, p99 ${fmt(busy.p99)}, max ${fmt(busy.max)} (n=${busy.n})`,
    );
  } finally {
    child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
