import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { issueDevToken } from '../src';
import { bearer, postGraphql, type GraphqlResponse } from './support/graphql-client';
import {
  captureLogger,
  startGateway,
  testConfig,
  TEST_AUTH_SECRET,
  type RunningGateway,
} from './support/gateway-harness';
import { composeTestSupergraph, writeSupergraphFile, type SupergraphFile } from './support/supergraph';
import { startTestSubgraphs, type TestSubgraphs } from './support/test-subgraphs';

let subgraphs: TestSubgraphs;
let file: SupergraphFile;
let gateway: RunningGateway;
let token: string;
const logs = captureLogger();

beforeAll(async () => {
  subgraphs = await startTestSubgraphs();
  file = writeSupergraphFile(composeTestSupergraph());
  // SUBGRAPH_TIMEOUT_MS is 500 in the test config.
  gateway = await startGateway(testConfig(subgraphs, file.path), logs.logger);
  token = await issueDevToken({ role: 'FEDERATION_ADMIN', region: '44' }, TEST_AUTH_SECRET);
});

afterEach(() => {
  subgraphs.controls.hang = false;
  subgraphs.controls.alphaFault = null;
});

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.close();
  file?.remove();
});

/** Nothing a client could use to learn about the inside: SQL, addresses, subgraph names, traces. */
function expectNothingInternal(res: GraphqlResponse): void {
  for (const leak of [
    'SELECT',
    'secret',
    '10.20.30.40',
    '127.0.0.1',
    'http://',
    'alpha',
    'beta',
    'stacktrace',
    'serviceName',
    '"response"',
    'ECONNREFUSED',
  ]) {
    expect(res.text).not.toContain(leak);
  }
}

function expectMaskedError(res: GraphqlResponse, requestId: string, path?: (string | number)[]): void {
  expectMaskedErrorsAt(res, requestId, [path]);
}

/* One masked error per field left empty; a fetch that failed as a whole names each of its fields. */
function expectMaskedErrorsAt(
  res: GraphqlResponse,
  requestId: string,
  paths: ((string | number)[] | undefined)[],
): void {
  expect(res.body.errors).toEqual(
    paths.map((path) => ({
      message: 'Internal server error',
      ...(path ? { path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    })),
  );
}

describe('a subgraph slower than SUBGRAPH_TIMEOUT_MS', () => {
  it('fails only its own part, in time, while the other subgraph data still arrives', async () => {
    subgraphs.controls.hang = true;
    const started = Date.now();
    const res = await postGraphql(gateway.url, '{ thing(id: "7") { id name slow score } }', bearer(token));
    const elapsed = Date.now() - started;

    expect(elapsed).toBeLessThan(2000);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ thing: { id: '7', name: 'Thing 7', slow: null, score: null } });
    expectMaskedErrorsAt(res, res.headers.get('x-request-id')!, [
      ['thing', 'slow'],
      ['thing', 'score'],
    ]);
    expectNothingInternal(res);
    expect(logs.lines.some((l) => JSON.stringify(l).includes('did not answer within 500 ms'))).toBe(true);
  });

  it('answers normally once the subgraph is quick again', async () => {
    const res = await postGraphql(gateway.url, '{ thing(id: "7") { name slow score } }', bearer(token));
    expect(res.body).toEqual({ data: { thing: { name: 'Thing 7', slow: 'finally', score: 42 } } });
  });
});

describe('error masking', () => {
  it('masks an unexpected subgraph error, keeping only the request id', async () => {
    const requestId = randomUUID();
    const res = await postGraphql(gateway.url, '{ boom whoami { anonymous } }', {
      ...bearer(token),
      'x-request-id': requestId,
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ boom: null, whoami: { anonymous: false } });
    expectMaskedError(res, requestId, ['boom']);
    expectNothingInternal(res);
    // The operator can still find out what happened, and where.
    expect(logs.lines).toContainEqual(
      expect.objectContaining({
        requestId,
        serviceName: 'alpha',
        code: 'INTERNAL_SERVER_ERROR',
        path: ['boom'],
      }),
    );
  });

  it('masks a subgraph that leaks internals in its GraphQL errors', async () => {
    subgraphs.controls.alphaFault = {
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        data: { boom: null },
        errors: [
          {
            message: 'ER_NO_SUCH_TABLE: SELECT * FROM secret_members at http://10.20.30.40:3306',
            path: ['boom'],
            extensions: {
              code: 'ER_NO_SUCH_TABLE',
              stacktrace: ['Error: SELECT', '  at /srv/alpha.js:1'],
              sql: 'SELECT 1',
            },
          },
        ],
      }),
    };
    const requestId = randomUUID();
    const res = await postGraphql(gateway.url, '{ boom }', { ...bearer(token), 'x-request-id': requestId });
    expect(res.body.data).toEqual({ boom: null });
    expectMaskedError(res, requestId, ['boom']);
    expectNothingInternal(res);
  });

  it('masks a subgraph answering HTTP 500 with a body full of internals', async () => {
    subgraphs.controls.alphaFault = {
      status: 500,
      contentType: 'text/plain',
      body: 'Error: connect ECONNREFUSED 10.20.30.40:3306 while running SELECT * FROM secret_members',
    };
    const requestId = randomUUID();
    const res = await postGraphql(gateway.url, '{ boom }', { ...bearer(token), 'x-request-id': requestId });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ boom: null });
    expectMaskedError(res, requestId, ['boom']);
    expectNothingInternal(res);
  });

  it('reports a subgraph refusing the gateway context (401) as internal, not as the caller being unauthenticated', async () => {
    subgraphs.controls.alphaFault = {
      status: 401,
      contentType: 'application/json',
      body: JSON.stringify({
        errors: [{ message: 'Missing or invalid gateway context', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    };
    const res = await postGraphql(gateway.url, '{ whoami { anonymous } }', bearer(token));
    expect(res.body.data).toEqual({ whoami: null });
    expectMaskedError(res, res.headers.get('x-request-id')!, ['whoami']);
  });

  it('passes client errors on intact, with their code and field but without subgraph details', async () => {
    const res = await postGraphql(gateway.url, '{ denied thing(id: "1") { name } }', bearer(token));
    expect(res.body).toEqual({
      data: { denied: null, thing: { name: 'Thing 1' } },
      errors: [
        {
          message: 'Outside your jurisdiction',
          path: ['denied'],
          extensions: { code: 'FORBIDDEN', field: 'orgId' },
        },
      ],
    });
  });

  it('passes a subgraph UNAUTHENTICATED for an anonymous caller on intact', async () => {
    const res = await postGraphql(gateway.url, '{ boom }');
    expect(res.body.errors?.[0]).toEqual({
      message: 'Authentication required',
      path: ['boom'],
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('keeps validation errors of the client query readable', async () => {
    const res = await postGraphql(gateway.url, '{ nope }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('nope'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});

describe('a subgraph that cannot be reached', () => {
  let unreachable: RunningGateway;

  beforeAll(async () => {
    const closedPort = await freePort();
    const config = testConfig(subgraphs, file.path);
    unreachable = await startGateway({
      ...config,
      subgraphUrls: { ...config.subgraphUrls, beta: `http://127.0.0.1:${closedPort}/graphql` },
    });
  });

  afterAll(async () => {
    await unreachable?.stop();
  });

  it('masks the connection error (which names the address) and still returns the reachable data', async () => {
    const res = await postGraphql(unreachable.url, '{ thing(id: "3") { name score } }', bearer(token));
    expect(res.body.data).toEqual({ thing: { name: 'Thing 3', score: null } });
    expectMaskedError(res, res.headers.get('x-request-id')!, ['thing', 'score']);
    expectNothingInternal(res);
  });
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
