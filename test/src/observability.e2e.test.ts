import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startTestTracing, testDialects, type ReadableSpan } from '@union/kit';
import { createGateway, loadGatewayConfig } from '@union/gateway';
import { createLogger } from '@union/kit';
import { SUBGRAPHS as ENTRIES } from '@union/scripts';
import { INTEGRATOR_QUERY, INTEGRATOR_VARIABLES } from './observability/integrator-query';
import { freePort, metricsUrlOf, sampleValue, samples } from './observability/metrics-text';
import {
  alertRules,
  metricNamesIn,
  promtool,
  RULES_FILE,
  SCRAPE_FILE,
} from './observability/prometheus-rules';
import { REPO_ROOT } from './observability/processes';
import { startStack, type Stack } from './support/stack';

// Before the stack: @apollo/gateway and the kit look the tracer provider up when they make spans.
const exporter = startTestTracing();

const SUBGRAPHS = ['organizations', 'members', 'services', 'labor-relations'];

async function text(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
}

describe.each(testDialects())('observability through the gateway on %s', (dialect) => {
  let stack: Stack;
  let auditor: string;
  beforeAll(async () => {
    stack = await startStack({ dialect });
    auditor = await stack.token({ role: 'AUDITOR', region: '44' });
  });
  afterAll(() => stack?.close());

  async function post(query: string, variables: object, headers: Record<string, string> = {}) {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${auditor}`, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  it('gives one trace for the four-subgraph integrator query, under the client traceparent', async () => {
    exporter.reset();
    const traceId = randomBytes(16).toString('hex');
    const clientSpan = randomBytes(8).toString('hex');
    const result = await post(INTEGRATOR_QUERY, INTEGRATOR_VARIABLES, {
      traceparent: `00-${traceId}-${clientSpan}-01`,
    });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.organizations.nodes.length).toBeGreaterThan(0);
    // The gateway's server span ends in onResponse, just after the body was sent.
    await new Promise((r) => setTimeout(r, 200));

    const spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const parentOf = (s: ReadableSpan) => (s.parentSpanId ? byId.get(s.parentSpanId) : undefined);
    const service = (s: ReadableSpan) => s.attributes['union.service'];
    const servers = spans.filter((s) => s.kind === 1 /* SERVER */);

    // One root: the gateway's server span, child of the client's span.
    const gateway = servers.find((s) => service(s) === 'gateway')!;
    expect(gateway).toBeDefined();
    expect(gateway.parentSpanId).toBe(clientSpan);
    expect(gateway.attributes['graphql.operation.name']).toBe('UnionsAcrossDepartments');
    // Every other span hangs off it: nothing of this request started a trace of its own.
    for (const s of spans) if (s !== gateway) expect(parentOf(s)).toBeDefined();

    const names = spans.map((s) => s.name);
    for (const phase of [
      'graphql.parse',
      'graphql.validate',
      'gateway.request',
      'gateway.plan',
      'gateway.execute',
    ])
      expect(names).toContain(phase);
    const fetches = spans.filter((s) => s.name === 'gateway.fetch');
    expect(fetches.length).toBeGreaterThanOrEqual(4);

    // Every subgraph answered under a gateway.fetch span, and ran SQL under its own server span.
    for (const name of SUBGRAPHS) {
      const mine = servers.filter((s) => service(s) === name);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.some((s) => parentOf(s)?.name === 'gateway.fetch')).toBe(true);
    }
    const sql = spans.filter((s) => s.attributes['db.system'] !== undefined);
    expect(sql.length).toBeGreaterThan(0);
    const sqlServices = new Set(sql.map((s) => service(s)));
    expect([...sqlServices].sort()).toEqual([...SUBGRAPHS].sort());
    for (const s of sql) {
      let up = parentOf(s);
      while (up && up.kind !== 1) up = parentOf(up);
      expect(up && service(up)).toBe(service(s));
    }

    // The subgraph-to-subgraph look-ups: a client span in one subgraph, answered by another's server span.
    const lookups = spans.filter((s) => s.name.startsWith('_entities '));
    expect(lookups.length).toBeGreaterThan(0);
    for (const lookup of lookups) {
      const answered = servers.filter((s) => s.parentSpanId === lookup.spanContext().spanId);
      expect(answered).toHaveLength(1);
      expect(service(answered[0]!)).not.toBe(service(parentOf(lookup) ?? lookup));
    }
  });

  it('counts requests, operations, subgraph fetches and SQL on /metrics with bounded labels', async () => {
    await post(INTEGRATOR_QUERY, INTEGRATOR_VARIABLES);
    await post('{ region(code: "44") { name } }', {});
    await post('query MadeUpByTheClient { region(code: "44") { name } }', {});
    await post('{ nosuchfield }', {});
    const gateway = await text(metricsUrlOf(stack.gatewayUrl));
    expect(gateway.status).toBe(200);
    const g = gateway.body;
    expect(
      sampleValue(g, 'http_requests_total', { route: '/graphql', status: '200', service: 'gateway' }),
    ).toBeGreaterThan(0);
    expect(sampleValue(g, 'http_requests_total', { route: '/graphql', status: '400' })).toBeGreaterThan(0);
    const op = (operation: string, outcome: string) =>
      sampleValue(g, 'graphql_operations_total', {
        operation,
        type: outcome === 'invalid' ? 'unknown' : 'query',
        outcome,
      });
    expect(op('UnionsAcrossDepartments', 'success')).toBeGreaterThan(0);
    expect(op('anonymous', 'success')).toBeGreaterThan(0);
    expect(op('other', 'success')).toBeGreaterThan(0);
    expect(op('anonymous', 'invalid')).toBeGreaterThan(0);
    // A name the client made up never becomes a label.
    expect(g).not.toContain('MadeUpByTheClient');
    expect(
      sampleValue(g, 'graphql_operation_duration_seconds_count', { operation: 'UnionsAcrossDepartments' }),
    ).toBeGreaterThan(0);
    for (const name of SUBGRAPHS) {
      expect(
        sampleValue(g, 'gateway_subgraph_fetches_total', { subgraph: name, outcome: 'ok' }),
      ).toBeGreaterThan(0);
      expect(
        sampleValue(g, 'gateway_subgraph_fetch_duration_seconds_count', { subgraph: name }),
      ).toBeGreaterThan(0);
    }
    expect(g).toMatch(/^nodejs_eventloop_lag_p99_seconds\{service="gateway"\} /m);
    expect(g).toMatch(/^process_cpu_user_seconds_total\{service="gateway"\} /m);
    expect(sampleValue(g, 'service_ready')).toBe(1);

    for (const name of SUBGRAPHS) {
      const sub = await text(metricsUrlOf(stack.subgraphUrls[name]!));
      expect(sub.status).toBe(200);
      const s = sub.body;
      expect(
        sampleValue(s, 'db_statement_duration_seconds_count', {
          service: name,
          statement: 'select',
          outcome: 'ok',
        }),
      ).toBeGreaterThan(0);
      // Subgraphs see the gateway's generated names (UnionsAcrossDepartments__members__1) under the client's.
      expect(
        sampleValue(s, 'graphql_operations_total', {
          operation: 'UnionsAcrossDepartments',
          outcome: 'success',
        }),
      ).toBeGreaterThan(0);
      expect(s).not.toMatch(/operation="UnionsAcrossDepartments__/);
      // Pool use exists on MySQL only (SQLite has no pool).
      if (dialect === 'mysql') {
        expect(sampleValue(s, 'db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
        expect(s).toMatch(/^db_pool_connections\{[^}]*state="waiting"/m);
      }
      expect(sampleValue(s, 'service_ready', { service: name })).toBe(1);
      expect(s).toMatch(/^nodejs_eventloop_lag_seconds\{/m);
    }
  });

  it('hides /metrics on the public port in production and serves it on METRICS_PORT', async () => {
    const metricsPort = await freePort();
    const config = loadGatewayConfig({
      ...stack.env,
      NODE_ENV: 'production',
      GATEWAY_PORT: '0',
      METRICS_PORT: String(metricsPort),
    });
    const gateway = await createGateway({ config, logger: createLogger('e2e-gateway', 'silent') });
    const url = await gateway.listen(0, '127.0.0.1');
    try {
      expect((await text(metricsUrlOf(url))).status).toBe(404);
      const separate = await text(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(separate.status).toBe(200);
      expect(separate.body).toMatch(/^# TYPE http_requests_total counter/m);
      expect((await text(`http://127.0.0.1:${metricsPort}/graphql`)).status).toBe(404);
    } finally {
      await gateway.stop();
    }
    // The listener closes with the gateway.
    await expect(fetch(`http://127.0.0.1:${metricsPort}/metrics`)).rejects.toThrow();

    // A subgraph likewise (organizations needs no PII keys to start in production).
    const entry = ENTRIES.find((e) => e.name === 'organizations')!;
    const subgraphMetrics = await freePort();
    const subgraph = await entry.start(
      entry.loadConfig({
        ...stack.env,
        NODE_ENV: 'production',
        ORGANIZATIONS_PORT: '0',
        ORGANIZATIONS_METRICS_PORT: String(subgraphMetrics),
      }),
    );
    try {
      expect((await text(metricsUrlOf(subgraph.url))).status).toBe(404);
      const separate = await text(`http://127.0.0.1:${subgraphMetrics}/metrics`);
      expect(separate.status).toBe(200);
      expect(sampleValue(separate.body, 'service_ready', { service: 'organizations' })).toBe(1);
    } finally {
      await subgraph.stop();
    }
  });

  it('serves /metrics on both ports in development when METRICS_PORT is set', async () => {
    const metricsPort = await freePort();
    const config = loadGatewayConfig({ ...stack.env, GATEWAY_PORT: '0', METRICS_PORT: String(metricsPort) });
    const gateway = await createGateway({ config, logger: createLogger('e2e-gateway', 'silent') });
    const url = await gateway.listen(0, '127.0.0.1');
    try {
      expect((await text(metricsUrlOf(url))).status).toBe(200);
      expect((await text(`http://127.0.0.1:${metricsPort}/metrics`)).status).toBe(200);
    } finally {
      await gateway.stop();
    }
  });

  it('has alert rules in docs/ that promtool accepts and that name only metrics the services serve', async () => {
    await post(INTEGRATOR_QUERY, INTEGRATOR_VARIABLES);
    const served = new Set<string>();
    for (const url of [stack.gatewayUrl, ...Object.values(stack.subgraphUrls)])
      for (const s of samples((await text(metricsUrlOf(url))).body)) served.add(s.name);
    const rules = alertRules();
    expect(rules.map((r) => r.alert).sort()).toEqual(
      ['GraphqlLatencyP95High', 'SubgraphDatabaseNotReady', 'SubgraphErrorRate'].sort(),
    );
    for (const rule of rules) {
      const names = metricNamesIn(rule.expr);
      expect(names.length).toBeGreaterThan(0);
      for (const name of names)
        expect({ rule: rule.alert, name, served: served.has(name) }).toEqual({
          rule: rule.alert,
          name,
          served: true,
        });
    }
    // docs/operations.md shows the files as they are.
    const operations = fs.readFileSync(path.join(REPO_ROOT, 'docs/operations.md'), 'utf8');
    expect(operations).toContain(fs.readFileSync(RULES_FILE, 'utf8'));
    expect(operations).toContain(fs.readFileSync(SCRAPE_FILE, 'utf8'));
    const rulesCheck = promtool('rules', RULES_FILE);
    if (rulesCheck === null) {
      console.warn('promtool is not installed: the rules were parsed and their metric names checked only');
      return;
    }
    expect(rulesCheck).toMatchObject({ status: 0 });
    expect(promtool('config', SCRAPE_FILE)).toMatchObject({ status: 0 });
  });
});
