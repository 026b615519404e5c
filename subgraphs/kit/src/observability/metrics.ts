import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/* Seconds; GraphQL and SQL latencies that matter sit between 1 ms and 10 s. */
const LATENCY_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Every metric one process serves on /metrics (docs/operations.md). One registry per service, labelled
 * `service`, because `npm start` and the e2e suite run the gateway and the four subgraphs in one
 * process, each on its own port; in production there is one service per process.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route'>;
  readonly operations: Counter<'operation' | 'type' | 'outcome'>;
  readonly operationDuration: Histogram<'operation' | 'type' | 'outcome'>;
  readonly subgraphFetches: Counter<'subgraph' | 'outcome'>;
  readonly subgraphFetchDuration: Histogram<'subgraph' | 'outcome'>;
  readonly subgraphErrors: Counter<'subgraph'>;
  readonly sqlDuration: Histogram<'statement' | 'outcome'>;
  readonly poolConnections: Gauge<'state'>;
  readonly ready: Gauge;
  private readinessCheck: (() => Promise<boolean>) | undefined;
  private poolStats: (() => { total: number; idle: number; waiting: number } | undefined) | undefined;

  constructor(
    readonly service: string,
    /** False: nothing is counted and /metrics is not served (METRICS=off, the benchmark's baseline). */
    readonly enabled = true,
  ) {
    const registers = [this.registry];
    this.registry.setDefaultLabels({ service });
    this.httpRequests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by method, route (the route pattern, or "unmatched") and status code',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from the request arriving to the response being sent',
      labelNames: ['method', 'route'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.operations = new Counter({
      name: 'graphql_operations_total',
      help: 'GraphQL operations by name (registered names only; else "anonymous" or "other"), type and outcome (success, error, invalid)',
      labelNames: ['operation', 'type', 'outcome'],
      registers,
    });
    this.operationDuration = new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'GraphQL operation latency, from the request being parsed to the response being ready',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.subgraphFetches = new Counter({
      name: 'gateway_subgraph_fetches_total',
      help: 'Gateway fetches to a subgraph by outcome: ok, http_error (non-2xx), timeout (SUBGRAPH_TIMEOUT_MS), unreachable',
      labelNames: ['subgraph', 'outcome'],
      registers,
    });
    this.subgraphFetchDuration = new Histogram({
      name: 'gateway_subgraph_fetch_duration_seconds',
      help: 'Latency of gateway fetches to a subgraph, until the response headers arrive',
      labelNames: ['subgraph', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.subgraphErrors = new Counter({
      name: 'gateway_subgraph_errors_total',
      help: 'GraphQL errors in subgraph responses (a 200 answer can still carry errors)',
      labelNames: ['subgraph'],
      registers,
    });
    this.sqlDuration = new Histogram({
      name: 'db_statement_duration_seconds',
      help: 'SQL statements by kind (select, insert, update, delete, other) and outcome (ok, error)',
      labelNames: ['statement', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    // prom-client calls collect() with the metric as `this`; the service's own state comes from here.
    const pool = () => this.poolStats?.();
    const readiness = () => this.readinessCheck;
    this.poolConnections = new Gauge({
      name: 'db_pool_connections',
      help: 'MySQL pool connections by state: total (open), idle, waiting (requests queued for a connection)',
      labelNames: ['state'],
      registers,
      collect() {
        const stats = pool();
        if (!stats) return;
        this.set({ state: 'total' }, stats.total);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
      },
    });
    this.ready = new Gauge({
      name: 'service_ready',
      help: '1 while /readyz would answer 200 (a subgraph: its database answers select 1 within 1 s), else 0',
      registers,
      async collect() {
        const check = readiness();
        if (!check) return;
        const ok = await check().catch(() => false);
        this.set(ok ? 1 : 0);
      },
    });
    // Event-loop lag (nodejs_eventloop_lag_*), heap, GC, CPU, open handles (process_*).
    if (enabled) collectDefaultMetrics({ register: this.registry });
  }

  /** What `service_ready` reports at each scrape. */
  setReadinessCheck(check: () => Promise<boolean>): void {
    this.readinessCheck = check;
  }

  /** Where `db_pool_connections` comes from (MySQL only; SQLite has no pool). */
  setPoolStats(stats: () => { total: number; idle: number; waiting: number } | undefined): void {
    this.poolStats = stats;
  }
}

const byService = new Map<string, ServiceMetrics>();

/**
 * The metrics of one service in this process. The first caller decides `enabled` (the process
 * entry point, from METRICS); later callers (the HTTP server, the SQL hook) share the instance.
 */
export function serviceMetrics(service: string, options: { enabled?: boolean } = {}): ServiceMetrics {
  let metrics = byService.get(service);
  if (!metrics) {
    metrics = new ServiceMetrics(service, options.enabled ?? true);
    byService.set(service, metrics);
  }
  return metrics;
}
