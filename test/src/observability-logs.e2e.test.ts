import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { issueDevToken } from '@union/gateway';
import { envPrefix } from '@union/kit';
import { dropDatabase, prepareDatabases, SUBGRAPHS, type PreparedSubgraph } from '@union/scripts';
import { INTEGRATOR_QUERY, INTEGRATOR_VARIABLES } from './observability/integrator-query';
import { freePort } from './observability/metrics-text';
import { startProcess, type ServiceProcess } from './observability/processes';
import { AUTH_SECRET, SUBGRAPH_SECRET } from './support/stack';

/*
 * The gateway and the four subgraphs as production runs them: one process each, from dist/, logging
 * at info. One client request must leave the same request id on every line it causes in any of them,
 * the subgraph-to-subgraph `_entities` hops included (docs/operations.md). SQLite only: what is logged does
 * not depend on the database.
 */
describe('logs of one client request across five processes', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'union-logs-'));
  const env: NodeJS.ProcessEnv = {
    SUBGRAPH_SECRET,
    AUTH_SECRET,
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    DATABASE_URL: `sqlite:${tmp}`,
    RATE_LIMIT: 'off',
  };
  const processes: ServiceProcess[] = [];
  let prepared: PreparedSubgraph[] = [];
  let gatewayUrl: string;

  beforeAll(async () => {
    for (const entry of SUBGRAPHS) {
      const port = await freePort();
      env[`${envPrefix(entry.name)}_PORT`] = String(port);
      env[`${envPrefix(entry.name)}_URL`] = `http://127.0.0.1:${port}/graphql`;
    }
    prepared = await prepareDatabases({ scale: 0.1, env });
    const started = await Promise.all(
      SUBGRAPHS.map((entry) =>
        startProcess(entry.name, `subgraphs/${entry.name}/dist/index.js`, env, /subgraph ready$/),
      ),
    );
    processes.push(...started);
    const gatewayPort = await freePort();
    processes.push(
      await startProcess(
        'gateway',
        'gateway/dist/start.js',
        { ...env, GATEWAY_PORT: String(gatewayPort) },
        /^Gateway ready/,
      ),
    );
    gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  }, 120_000);

  afterAll(async () => {
    for (const p of processes) await p.stop();
    for (const p of prepared) await dropDatabase(p.target);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('puts the request id on every line it causes, in every process, _entities hops included', async () => {
    const token = await issueDevToken({ role: 'AUDITOR', region: '44' }, AUTH_SECRET, '1h');
    const requestId = randomUUID();
    const traceId = randomBytes(16).toString('hex');
    const marks = new Map(processes.map((p) => [p.name, p.lines.length]));
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-request-id': requestId,
        traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      },
      body: JSON.stringify({ query: INTEGRATOR_QUERY, variables: INTEGRATOR_VARIABLES }),
    });
    const body = (await response.json()) as { errors?: unknown };
    expect(response.status).toBe(200);
    expect(body.errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 500));

    const caused = Object.fromEntries(
      processes.map((p) => [p.name, p.lines.slice(marks.get(p.name)).filter((l) => l.msg !== 'stopping')]),
    );
    for (const [name, lines] of Object.entries(caused)) {
      // Something was logged in every process, and every line of it names this request and its trace.
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect({ name, msg: line.msg, requestId: line.requestId }).toEqual({
          name,
          msg: line.msg,
          requestId,
        });
        expect(line.traceId).toBe(traceId);
        expect(JSON.stringify(line)).not.toContain('regionPrefix');
      }
    }
    const access = (name: string) => caused[name]!.filter((l) => l.msg === 'request');
    // One access line at the gateway: request id, operation, status, duration; never the variables.
    expect(access('gateway')).toHaveLength(1);
    expect(access('gateway')[0]).toMatchObject({
      requestId,
      operation: 'UnionsAcrossDepartments',
      method: 'POST',
      status: 200,
      ms: expect.any(Number),
    });
    for (const entry of SUBGRAPHS) {
      expect(access(entry.name).length).toBeGreaterThan(0);
      expect(access(entry.name)[0]).toMatchObject({ requestId, status: 200, ms: expect.any(Number) });
    }
    // organizations answers the gateway and, for the same request, the other subgraphs' _entities
    // look-ups (members and services ask it for organizations): those lines carry the id too.
    expect(access('organizations').length).toBeGreaterThanOrEqual(2);
    expect(access('organizations').some((l) => l.operation === 'anonymous')).toBe(true);
  });
});
