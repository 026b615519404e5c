import type { LatencySummary } from '../bench/percentiles';

export interface GraphMeasurement {
  label: string;
  concurrency: number;
  latency: LatencySummary;
  requests: number;
  errors: number;
  firstError: string | null;
  cappedByTime: boolean;
  /** p95 target (ms) when one applies at this concurrency. */
  target: number | null;
  /** SQL statements per request, per subgraph. */
  statements: Record<string, number>;
  /** CPU ms per request, per process (gateway and each subgraph). */
  cpuMs: Record<string, number>;
}

export const SUBGRAPH_COLUMNS = ['organizations', 'members', 'services', 'labor-relations'] as const;

const ms = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : '–');

/** The Markdown table of the README (docs/architecture.md §7), one row per query and concurrency. */
export function renderGraphTable(results: readonly GraphMeasurement[]): string {
  const head =
    '| query | conc. | p50 ms | p95 ms | p99 ms | p50 ÷ floor | target p95 | SQL statements / request (org · mem · svc · lab) | CPU ms / request: gateway · org · mem · svc · lab |';
  const rule = '|---|---:|---:|---:|---:|---:|---|---|---|';
  // The baseline measured in the same run (PERF-NOTES): the first row's p50 at the same concurrency.
  const floor = new Map<number, number>();
  for (const r of results) if (!floor.has(r.concurrency)) floor.set(r.concurrency, r.latency.p50);
  const rows = results.map((r) => {
    const base = floor.get(r.concurrency);
    const ratio = base ? `${(r.latency.p50 / base).toFixed(1)}×` : '–';
    const target =
      r.target === null ? '—' : `≤ ${r.target} ${r.latency.p95 <= r.target && r.errors === 0 ? '✅' : '❌'}`;
    const statements = SUBGRAPH_COLUMNS.map((s) => (r.statements[s] ?? 0).toFixed(1)).join(' · ');
    const cpu = ['gateway', ...SUBGRAPH_COLUMNS].map((p) => (r.cpuMs[p] ?? 0).toFixed(2)).join(' · ');
    const flags = [
      r.errors > 0 ? `${r.errors} errors` : '',
      r.cappedByTime ? `time cap, n=${r.requests}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    return `| ${r.label}${flags ? ` (${flags})` : ''} | ${r.concurrency} | ${ms(r.latency.p50)} | ${ms(r.latency.p95)} | ${ms(r.latency.p99)} | ${ratio} | ${target} | ${statements} | ${cpu} |`;
  });
  return [head, rule, ...rows].join('\n');
}
