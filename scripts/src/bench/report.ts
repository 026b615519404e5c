import { mib, type MemoryPeak } from './memory';
import type { RowCounts } from './bench-database';
import type { QueryMeasurement } from './measure-query';
import type { SetupStep } from './setup-phase';

/** A plain-text table: the first column left-aligned, the others right-aligned (numbers). */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? padEnd(cell, widths[i]!) : padStart(cell, widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

// CJK characters take two columns in a terminal.
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}
const padEnd = (text: string, w: number) => text + ' '.repeat(Math.max(0, w - width(text)));
const padStart = (text: string, w: number) => ' '.repeat(Math.max(0, w - width(text))) + text;

export const int = (n: number) => Math.round(n).toLocaleString('en-US');
export const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');
export const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;
export const megabytes = (bytes: number) => mib(bytes).toFixed(0);

export function renderQueryTable(results: readonly QueryMeasurement[]): string {
  return renderTable(
    [
      'query',
      'admin',
      'reqs',
      'errors',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      'req/s',
      'SQL/req',
      'peak RSS MB',
      'peak heap MB',
    ],
    results.map((r) => [
      r.query.label,
      r.query.region,
      int(r.latency.count) + (r.load.cappedByTime ? '*' : ''),
      int(r.load.errors),
      ms(r.latency.p50),
      ms(r.latency.p95),
      ms(r.latency.p99),
      ms(r.latency.max),
      r.requestsPerSecond.toFixed(1),
      r.statementsPerRequest.toFixed(1),
      megabytes(r.memory.rssBytes),
      megabytes(r.memory.heapUsedBytes),
    ]),
  );
}

export function renderMemory(label: string, peak: MemoryPeak): string {
  return `${label}: RSS ${megabytes(peak.rssBytes)} MB, heap used ${megabytes(peak.heapUsedBytes)} MB`;
}

export interface BenchSummary {
  dialect: string;
  scale: number;
  engine: { engine: string; cache: string };
  steps: readonly SetupStep[];
  rows: RowCounts;
  iterations: number;
  concurrency: number;
  results: readonly QueryMeasurement[];
  peak: MemoryPeak;
}

/** The final report: setup, row counts, the query table and memory, in one block to copy. */
export function renderSummary(s: BenchSummary): string {
  const now = process.memoryUsage();
  const maxRssBytes = process.resourceUsage().maxRSS * 1024; // reported in KiB
  return [
    '',
    `== organizations bench: ${s.dialect}, scale ${s.scale}, Node ${process.version} ==`,
    `${s.engine.engine}; buffer pool: ${s.engine.cache}`,
    renderTable(
      ['setup', 'time', 'rows', 'rows/s', 'peak RSS MB', 'peak heap MB'],
      s.steps.map((step) => [
        step.phase,
        seconds(step.ms),
        int(step.rows),
        int(step.rows / (step.ms / 1000)),
        megabytes(step.peak.rssBytes),
        megabytes(step.peak.heapUsedBytes),
      ]),
    ),
    `rows: regions ${int(s.rows.regions)}, organizations ${int(s.rows.organizations)}, ` +
      `employers ${int(s.rows.employers)}, workers' homes ${int(s.rows.workerHomes)}`,
    '',
    `${s.iterations} requests per query, concurrency ${s.concurrency}, ` +
      'client and subgraph in one process, garbage collected before each query (* = ended by the time cap)',
    renderQueryTable(s.results),
    '',
    `${renderMemory('peak, sampled every 50 ms', s.peak)}; ` +
      `process.resourceUsage().maxRSS ${megabytes(maxRssBytes)} MB`,
    `process.memoryUsage() at the end: rss ${megabytes(now.rss)} MB, heapUsed ${megabytes(now.heapUsed)} MB, ` +
      `heapTotal ${megabytes(now.heapTotal)} MB, external ${megabytes(now.external)} MB`,
  ].join('\n');
}
