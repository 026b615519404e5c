import { spawn } from 'node:child_process';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createGateway, loadGatewayConfig, type GatewayServer } from '@union/gateway';
import {
  createDatabase,
  createLogger,
  signedGql,
  startFaultProxy,
  testDialects,
  testIdentity,
  type FaultProxy,
  type GraphqlHttpServer,
  type TestDialect,
} from '@union/kit';
import { createServer, loadPiiKeys, type Database } from '@union/members';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { Kysely } from 'kysely';
import { startStack, SUBGRAPH_SECRET, type GqlResult, type Stack } from '../support/stack';

/*
 * Issue 9 §6, through the real gateway: one department's database goes away. The gateway must stay
 * in the load balancer (it still serves everything else) while its detail endpoint names the
 * department; the logs must stay readable (one stack per kind of failure, then counts), hold no
 * personal number, token or connection string, and leave client mistakes below error level.
 * Then a real subgraph process is stopped the way an orchestrator stops it.
 */

const REPEAT_INTERVAL_MS = 2000;

function capture() {
  const lines: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: (name: string) => createLogger(name, 'info', sink as any) };
}

/** SQLite has no connection to cut: while `down`, every statement fails as a broken disk makes it fail. */
class SqliteOutage implements KyselyPlugin {
  down = false;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.down) throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

interface FaultyMembers {
  url: string;
  cut(): void;
  heal(): void;
  close(): Promise<void>;
}

/** A second members subgraph over the stack's members database, reached through a fault. */
async function faultyMembers(
  dialect: TestDialect,
  stack: Stack,
  logger: ReturnType<typeof createLogger>,
): Promise<FaultyMembers> {
  const target = stack.prepared.find((p) => p.name === 'members')!.target;
  let db: Kysely<Database>;
  let cut: () => void;
  let heal: () => void;
  let proxy: FaultProxy | undefined;
  if (dialect === 'mysql' && target.dialect === 'mysql') {
    const server = new URL(process.env.TEST_MYSQL_URL!);
    proxy = await startFaultProxy({ host: server.hostname, port: Number(server.port || 3306) });
    db = await createDatabase<Database>({ ...target, uri: proxy.urlThrough(target.uri) });
    cut = () => proxy!.cut();
    heal = () => proxy!.heal();
  } else {
    const outage = new SqliteOutage();
    db = (await createDatabase<Database>(target)).withPlugin(outage);
    cut = () => (outage.down = true);
    heal = () => (outage.down = false);
  }
  const server: GraphqlHttpServer = await createServer({
    db,
    subgraphSecret: SUBGRAPH_SECRET,
    logger,
    ...loadPiiKeys(stack.env),
    organizationsUrl: stack.subgraphUrls.organizations,
  });
  const url = await server.listen(0);
  return {
    url,
    cut,
    heal,
    async close() {
      heal();
      await server.close();
      await db.destroy();
      await proxy?.close();
    },
  };
}

describe.each(testDialects())('faults an operator meets, on %s', (dialect) => {
  let stack: Stack;
  let members: FaultyMembers;
  let gateway: GatewayServer;
  let gatewayUrl: string;
  let base: string;
  let token: string;
  const logs = capture();
  const gatewayLines = () => logs.lines.filter((l) => l.service === 'gateway');
  const membersLines = () => logs.lines.filter((l) => l.service === 'members');

  beforeAll(async () => {
    // Read when each server's error masking is built.
    process.env.LOG_REPEAT_INTERVAL_MS = String(REPEAT_INTERVAL_MS);
    stack = await startStack({ dialect, scale: 0.02 });
    members = await faultyMembers(dialect, stack, logs.logger('members'));
    const config = loadGatewayConfig({ ...stack.env, GATEWAY_PORT: '0', HOST: '127.0.0.1' });
    config.subgraphUrls.members = members.url;
    gateway = await createGateway({ config, logger: logs.logger('gateway') });
    gatewayUrl = await gateway.listen(0, '127.0.0.1');
    base = gatewayUrl.replace(/\/graphql$/, '');
    token = await stack.token({ sub: 'fed-44', role: 'FEDERATION_ADMIN', region: '44' });
  });
  afterAll(async () => {
    delete process.env.LOG_REPEAT_INTERVAL_MS;
    await gateway?.stop();
    await members?.close();
    await stack?.close();
  });

  const gql = async (query: string, bearer: string | null = token): Promise<GqlResult & { text: string }> => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    return { status: response.status, ...JSON.parse(text), text };
  };
  const get = async (url: string) => {
    const response = await fetch(url);
    return { status: response.status, body: (await response.json()) as any };
  };
  const MEMBERS = '{ members(first: 3) { nodes { id name } } }';

  it('logs client mistakes below error level', async () => {
    expect((await gql(MEMBERS)).data.members.nodes).toHaveLength(3);
    logs.lines.length = 0;
    const mistakes = [
      await gql('{ nope }'),
      await gql('{ members(first: 3) { nodes { id } } }', null),
      await gql('{ member(id: "not-an-id") { id } }'),
      await gql('{ members(first: 3, after: "garbage") { nodes { id } } }'),
    ];
    for (const r of mistakes) expect(r.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(logs.lines.filter((l) => l.level >= 50)).toEqual([]);
  });

  it('keeps the gateway ready while a department database is down, and names the department in the detail endpoint', async () => {
    members.cut();
    try {
      expect((await get(members.url.replace(/\/graphql$/, '/readyz'))).status).toBe(503);
      // Before issue 9 the gateway answered 503 here: every gateway out of rotation.
      expect(await get(`${base}/readyz`)).toEqual({ status: 200, body: { status: 'ready' } });
      const detail = await get(`${base}/readyz/subgraphs`);
      expect(detail.status).toBe(200);
      expect(detail.body.status).toBe('degraded');
      const byName = Object.fromEntries(detail.body.subgraphs.map((s: any) => [s.name, s]));
      expect(byName.members).toMatchObject({ ready: false, state: 'not-ready', httpStatus: 503 });
      expect(byName.organizations).toMatchObject({ ready: true, state: 'ready' });
      // The rest of the graph is still served.
      expect((await gql('{ region(code: "44") { name } }')).data).toEqual({ region: { name: '广东省' } });
    } finally {
      members.heal();
    }
    expect((await get(members.url.replace(/\/graphql$/, '/readyz'))).status).toBe(200);
  });

  it('logs an outage as one stack per kind of failure and a count per interval, with nothing personal or secret', async () => {
    await new Promise((resolve) => setTimeout(resolve, REPEAT_INTERVAL_MS * 2.5)); // earlier kinds forgotten
    logs.lines.length = 0;
    const REQUESTS = 40;
    members.cut();
    let answers: Awaited<ReturnType<typeof gql>>[];
    try {
      answers = [];
      for (let i = 0; i < REQUESTS / 4; i++)
        answers.push(...(await Promise.all([gql(MEMBERS), gql(MEMBERS), gql(MEMBERS), gql(MEMBERS)])));
    } finally {
      members.heal();
    }
    for (const a of answers) {
      expect(a.errors?.[0]?.extensions).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        requestId: expect.any(String),
      });
      expect(a.text).not.toMatch(/SQLITE|ECONN|PROTOCOL|mysql|stack|at \//i);
    }
    const stacks = (lines: Record<string, any>[]) => lines.filter((l) => l.err?.stack);
    // Before: one stack per failed request in each process (40 + 40 here; 2,802 lines in 20 s in the drill).
    expect(stacks(membersLines()).length).toBeGreaterThanOrEqual(1);
    expect(stacks(membersLines()).length).toBeLessThanOrEqual(3);
    // The gateway has no stack of its own for a subgraph's failure (that is in the subgraph's log,
    // under the same request id): one line for the kind, then counts.
    const firsts = gatewayLines().filter((l) => l.level >= 50 && l.repeats === undefined);
    expect(firsts).toHaveLength(1);
    expect(firsts[0]).toMatchObject({
      serviceName: 'members',
      code: 'INTERNAL_SERVER_ERROR',
      path: ['members'],
    });
    expect(membersLines().some((l) => l.err?.stack && l.requestId === firsts[0]!.requestId)).toBe(true);

    // Then the repeats, as counts.
    await new Promise((resolve) => setTimeout(resolve, REPEAT_INTERVAL_MS * 1.5));
    const counted = (lines: Record<string, any>[]) =>
      lines.filter((l) => l.level >= 50).reduce((n, l) => n + (l.repeats ?? (l.err?.stack ? 1 : 0)), 0);
    expect(counted(membersLines())).toBeGreaterThanOrEqual(REQUESTS);
    expect(
      gatewayLines()
        .filter((l) => l.level >= 50)
        .reduce((n, l) => n + (l.repeats ?? 1), 0),
    ).toBe(REQUESTS);
    expect(gatewayLines().find((l) => l.repeats)).toMatchObject({
      level: 50,
      msg: expect.stringMatching(/^unexpected error while resolving: \d+ more like it in the last 2 s$/),
      requestIds: expect.any(Array),
    });
    // A handful of lines per process for the whole outage, not one (with a stack) per request.
    expect(gatewayLines().filter((l) => l.level >= 50).length).toBeLessThanOrEqual(6);
    expect(membersLines().filter((l) => l.level >= 50).length).toBeLessThanOrEqual(8);

    const text = JSON.stringify(logs.lines);
    expect(text).not.toContain(token);
    expect(text).not.toMatch(/eyJ[\w-]{10,}\.[\w-]{10,}/);
    expect(text).not.toMatch(/\/\/[^\s/@"]+:[^\s/@"]*@/);
    expect(text).not.toMatch(/(?<!\d)\d{17}[\dX](?!\d)/);
    expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
  });

  it('stops a real subgraph process the way a load balancer needs: /readyz 503 while serving, then exit 0', async () => {
    const organizations = stack.prepared.find((p) => p.name === 'organizations')!.target;
    const entry = path.resolve(__dirname, '../../../subgraphs/organizations/dist/index.js');
    const child = spawn(process.execPath, [entry], {
      env: {
        PATH: process.env.PATH ?? '',
        ORGANIZATIONS_DATABASE_URL:
          organizations.dialect === 'sqlite'
            ? `sqlite:${organizations.file}`
            : stack.env.ORGANIZATIONS_DATABASE_URL!,
        ORGANIZATIONS_PORT: '0',
        HOST: '127.0.0.1',
        SUBGRAPH_SECRET,
        SHUTDOWN_DELAY_MS: '1200',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const port = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`did not start:\n${output}`)), 30_000);
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          const ready = output
            .split('\n')
            .filter((l) => l.startsWith('{'))
            .map((l) => JSON.parse(l))
            .find((l) => l.msg === 'organizations subgraph ready');
          if (ready) {
            clearTimeout(timer);
            resolve(String(ready.port));
          }
        };
        child.stdout!.on('data', onData);
        child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
        void exited.then(() => reject(new Error(`exited:\n${output}`)));
      });
      const url = `http://127.0.0.1:${port}`;
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      const signalledAt = Date.now();
      child.kill('SIGTERM');
      let status = 200;
      while (status === 200 && Date.now() - signalledAt < 1000)
        status = (await fetch(`${url}/readyz`)).status;
      expect(status).toBe(503);
      const served = await signedGql(`${url}/graphql`, SUBGRAPH_SECRET)(
        testIdentity('FEDERATION_ADMIN', { region: '44' }),
        '{ region(code: "44") { name } }',
      );
      expect(served).toEqual({ status: 200, data: { region: { name: '广东省' } } });
      expect(Date.now() - signalledAt).toBeLessThan(1200);
      expect(await exited).toBe(0);
      expect(Date.now() - signalledAt).toBeGreaterThanOrEqual(1200);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
