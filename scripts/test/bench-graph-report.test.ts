import { renderGraphTable, type GraphMeasurement } from '../src/bench-graph/graph-report';

const row = (
  label: string,
  concurrency: number,
  p50: number,
  p95: number,
  extra: Partial<GraphMeasurement> = {},
) =>
  ({
    label,
    concurrency,
    latency: { count: 10, mean: p50, p50, p95, p99: p95 + 1, max: p95 + 2 },
    requests: 10,
    errors: 0,
    firstError: null,
    cappedByTime: false,
    target: null,
    statements: { organizations: 1, services: 1 },
    cpuMs: { gateway: 3.25, organizations: 2, services: 1.5 },
    ...extra,
  }) as GraphMeasurement;

describe('bench:graph report', () => {
  it('prints one row per query and concurrency, the target verdict, the floor ratio and the per-process figures', () => {
    const table = renderGraphTable([
      row('floor', 1, 5, 10),
      row('floor', 4, 20, 40),
      row('figure', 1, 10, 90, { target: 100 }),
      row('figure', 4, 60, 140, { target: 100, errors: 2 }),
    ]).split('\n');
    expect(table).toHaveLength(6);
    expect(table[4]).toBe(
      '| figure | 1 | 10.0 | 90.0 | 91.0 | 2.0× | ≤ 100 ✅ | 1.0 · 0.0 · 1.0 · 0.0 | 3.25 · 2.00 · 0.00 · 1.50 · 0.00 |',
    );
    // Errors fail the target whatever the latency, and are named in the row.
    expect(table[5]).toContain('figure (2 errors) | 4 | 60.0 | 140 | 141 | 3.0× | ≤ 100 ❌');
  });
});
