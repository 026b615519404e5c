import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import {
  createLogger,
  createSubgraphServer,
  type GraphqlHttpServer,
  type RequestContextBase,
} from '@union/kit';
import { parse } from 'graphql';
import { TEST_AUTH_SECRET } from './support/gateway-harness';
import { TEST_SUBGRAPH_SECRET } from './support/test-subgraphs';

/*
 * The built gateway as a real process: SIGTERM must first take it out of the load balancer (/readyz
 * 503) while it keeps serving, then close the port, finish what is in flight, and exit 0.
 */
const START = path.resolve(__dirname, '../dist/start.js');
const DELAY_MS = 1500;

const TYPE_DEFS = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
  type Query {
    hello: String
    "Answers once the test opens the gate."
    gated: String
  }`;

let subgraph: GraphqlHttpServer;
let dir: string;
let openGate: () => void = () => undefined;
let gate: Promise<void> = Promise.resolve();

beforeAll(async () => {
  subgraph = await createSubgraphServer<RequestContextBase>({
    name: 'solo',
    typeDefs: parse(TYPE_DEFS),
    resolvers: {
      Query: {
        hello: () => 'world',
        gated: async () => {
          await gate;
          return 'done';
        },
      },
    },
    publicFields: ['Query.hello', 'Query.gated'],
    subgraphSecret: TEST_SUBGRAPH_SECRET,
    logger: createLogger('test', 'silent'),
    introspection: false,
    createContext: (base) => base,
    ready: async () => true,
  });
  const url = await subgraph.listen(0);
  const composed = composeServices([{ name: 'solo', typeDefs: parse(TYPE_DEFS), url }]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-shutdown-'));
  fs.writeFileSync(path.join(dir, 'supergraph.graphql'), composed.supergraphSdl);
});

afterAll(async () => {
  openGate();
  await subgraph?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Spawned {
  child: ChildProcess;
  base: string;
  exited: Promise<{ code: number | null; at: number }>;
  output: string[];
}

async function spawnGateway(env: Record<string, string>): Promise<Spawned> {
  const child = spawn(process.execPath, [START], {
    env: {
      PATH: process.env.PATH ?? '',
      AUTH_SECRET: TEST_AUTH_SECRET,
      SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET,
      SUPERGRAPH_PATH: path.join(dir, 'supergraph.graphql'),
      GATEWAY_PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.once('exit', (code) => resolve({ code, at: Date.now() })),
  );
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output.join('')}`)), 20000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /Gateway ready at http:\/\/localhost:(\d+)\/graphql/.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    void exited.then(() => reject(new Error(`gateway exited:\n${output.join('')}`)));
  });
  return { child, base, exited, output };
}

const status = async (url: string) => (await fetch(url)).status;
const query = async (base: string, q: string) => {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q }),
  });
  return { status: response.status, body: await response.json() };
};

it('on SIGTERM answers /readyz 503 while still serving, then closes, drains in-flight requests and exits 0', async () => {
  const gw = await spawnGateway({ SHUTDOWN_DELAY_MS: String(DELAY_MS), SHUTDOWN_GRACE_MS: '10000' });
  try {
    expect(await status(`${gw.base}/readyz`)).toBe(200);
    gate = new Promise<void>((resolve) => (openGate = resolve));

    const signalledAt = Date.now();
    gw.child.kill('SIGTERM');
    // Out of rotation at once …
    let readyz = 200;
    while (readyz === 200 && Date.now() - signalledAt < DELAY_MS) readyz = await status(`${gw.base}/readyz`);
    expect(readyz).toBe(503);
    expect(await (await fetch(`${gw.base}/readyz`)).json()).toEqual({ status: 'draining' });
    // … yet still serving new requests (before issue 9 the port closed here) and alive.
    expect(await query(gw.base, '{ hello }')).toEqual({ status: 200, body: { data: { hello: 'world' } } });
    expect(await status(`${gw.base}/healthz`)).toBe(200);
    // A request in flight when the port closes still gets its answer.
    const inFlight = query(gw.base, '{ gated }');
    expect(Date.now() - signalledAt).toBeLessThan(DELAY_MS);

    // After the delay the port is closed to new connections …
    await new Promise((resolve) => setTimeout(resolve, DELAY_MS + 300 - (Date.now() - signalledAt)));
    await expect(fetch(`${gw.base}/healthz`)).rejects.toThrow();
    openGate();
    // … the in-flight one is answered, and the process exits cleanly.
    expect(await inFlight).toEqual({ status: 200, body: { data: { gated: 'done' } } });
    const { code, at } = await gw.exited;
    expect(code).toBe(0);
    expect(at - signalledAt).toBeGreaterThanOrEqual(DELAY_MS);
    const logs = gw.output.join('');
    expect(logs).toContain('/readyz now answers 503');
    expect(logs).toContain('shut down cleanly');
  } finally {
    openGate();
    if (gw.child.exitCode === null) gw.child.kill('SIGKILL');
  }
});
