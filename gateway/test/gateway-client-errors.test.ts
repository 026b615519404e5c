import { createHash } from 'node:crypto';
import { issueDevToken } from '../src';
import {
  captureLogger,
  startGateway,
  TEST_AUTH_SECRET,
  testConfig,
  type RunningGateway,
} from './support/gateway-harness';
import { bearer, postGraphql } from './support/graphql-client';
import { composeTestSupergraph, writeSupergraphFile, type SupergraphFile } from './support/supergraph';
import { startTestSubgraphs, type TestSubgraphs } from './support/test-subgraphs';

/*
 * Issue 9 §5: a client's mistake is a client error — its own code and HTTP status, a GraphQL-shaped
 * body, nothing at error level in the log. Before, an empty query, a mutation over GET, an APQ hash
 * mismatch and an unsupported APQ version were INTERNAL_SERVER_ERROR logged as unexpected, and
 * malformed JSON or an unknown content type got Fastify's own `{ statusCode, code: FST_ERR_… }` body.
 */
let subgraphs: TestSubgraphs;
let file: SupergraphFile;
let gateway: RunningGateway;
let production: RunningGateway;
const log = captureLogger();

beforeAll(async () => {
  subgraphs = await startTestSubgraphs();
  file = writeSupergraphFile(composeTestSupergraph());
  gateway = await startGateway(testConfig(subgraphs, file.path, { RATE_LIMIT: 'off' }), log.logger);
  production = await startGateway(
    testConfig(subgraphs, file.path, { NODE_ENV: 'production', RATE_LIMIT: 'off' }),
  );
});

afterAll(async () => {
  await gateway?.stop();
  await production?.stop();
  await subgraphs?.close();
  file?.remove();
});

interface Answer {
  status: number;
  body: {
    data?: unknown;
    errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
  };
}

async function send(init: RequestInit, search = ''): Promise<Answer> {
  const res = await fetch(gateway.url + search, init);
  return { status: res.status, body: JSON.parse(await res.text()) };
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function expectClientError(answer: Answer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
  expect(answer.body.errors?.[0]?.extensions?.requestId).toBeUndefined();
}

describe('client mistakes', () => {
  const cases: [string, () => Promise<Answer>, number, string][] = [
    ['an empty query', () => send(json({ query: '' })), 400, 'BAD_REQUEST'],
    ['a body without a query', () => send(json({})), 400, 'BAD_REQUEST'],
    [
      'malformed JSON',
      () => send({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{' }),
      400,
      'BAD_REQUEST',
    ],
    [
      'a content type nobody parses',
      () => send({ method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<query/>' }),
      415,
      'BAD_REQUEST',
    ],
    [
      'a simple-request content type (CSRF prevention)',
      () => send({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ betaPing }' }),
      400,
      'BAD_REQUEST',
    ],
    [
      'a mutation over GET',
      () =>
        send(
          { method: 'GET', headers: { 'apollo-require-preflight': 'true' } },
          `?query=${encodeURIComponent('mutation { betaPing }')}`,
        ),
      405,
      'BAD_REQUEST',
    ],
    [
      'an APQ hash the gateway has not seen',
      () => send(json({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ nope }') } } })),
      // Apollo's APQ protocol: 200, so that GET/CDN flows and client links retry with the full query.
      200,
      'PERSISTED_QUERY_NOT_FOUND',
    ],
    [
      'an APQ hash that does not match the query',
      () =>
        send(
          json({
            query: '{ betaPing }',
            extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
          }),
        ),
      400,
      'PERSISTED_QUERY_HASH_MISMATCH',
    ],
    [
      'an APQ version the gateway does not speak',
      () =>
        send(
          json({
            query: '{ betaPing }',
            extensions: { persistedQuery: { version: 2, sha256Hash: sha256('{ betaPing }') } },
          }),
        ),
      400,
      'PERSISTED_QUERY_NOT_SUPPORTED',
    ],
    [
      'an APQ version over GET',
      () =>
        send(
          { method: 'GET', headers: { 'apollo-require-preflight': 'true' } },
          `?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 3, sha256Hash: 'x' } }))}`,
        ),
      400,
      'PERSISTED_QUERY_NOT_SUPPORTED',
    ],
  ];

  it.each(cases)('%s gets its own code and status', async (_name, attempt, status, code) => {
    const errorLines = () => log.lines.filter((l) => (l.level as number) >= 50).length;
    const before = errorLines();
    expectClientError(await attempt(), status, code);
    // Logged below error level (the masking plugin and the HTTP error handler log at debug).
    expect(errorLines()).toBe(before);
  });

  it('still runs a correct APQ round trip: register, then by hash alone', async () => {
    const query = '{ whoami { anonymous } }';
    const persistedQuery = { version: 1, sha256Hash: sha256(query) };
    expect((await send(json({ query, extensions: { persistedQuery } }))).body.data).toEqual({
      whoami: { anonymous: true },
    });
    expect((await send(json({ extensions: { persistedQuery } }))).body.data).toEqual({
      whoami: { anonymous: true },
    });
  });
});

describe('field suggestions', () => {
  it('name the schema in development', async () => {
    const res = await postGraphql(gateway.url, '{ betaPin }');
    expect(res.body.errors?.[0]?.message).toMatch(/Did you mean "betaPing"\?/);
  });

  it('are off in production, like introspection', async () => {
    const res = await postGraphql(production.url, '{ betaPin }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors?.[0]?.message).toBe('Cannot query field "betaPin" on type "Query".');
    expect(res.text).not.toMatch(/Did you mean/);
  });
});

describe('a partial response', () => {
  it('carries the path of each failed field next to the data that did arrive', async () => {
    const token = await issueDevToken({ role: 'FEDERATION_ADMIN', region: '44' }, TEST_AUTH_SECRET, '5m');
    const res = await postGraphql(gateway.url, '{ boom denied betaPing }', bearer(token));
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ boom: null, denied: null, betaPing: 'pong' });
    const byPath = Object.fromEntries(
      (res.body.errors ?? []).map((e) => [JSON.stringify(e.path), e.extensions?.code]),
    );
    expect(byPath).toEqual({ '["boom"]': 'INTERNAL_SERVER_ERROR', '["denied"]': 'FORBIDDEN' });
  });

  it('names the fields of a subgraph fetch that failed as a whole (HTTP error)', async () => {
    const token = await issueDevToken({ role: 'FEDERATION_ADMIN', region: '44' }, TEST_AUTH_SECRET, '5m');
    subgraphs.controls.alphaFault = { status: 503, contentType: 'text/plain', body: 'down for maintenance' };
    try {
      const res = await postGraphql(gateway.url, '{ me: whoami { anonymous } betaPing }', bearer(token));
      expect(res.body.data).toEqual({ me: null, betaPing: 'pong' });
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors?.[0]?.path).toEqual(['me']);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(res.text).not.toMatch(/maintenance|127\.0\.0\.1/);
    } finally {
      subgraphs.controls.alphaFault = null;
    }
  });

  it('names the entity fields of a subgraph fetch that timed out', async () => {
    subgraphs.controls.hang = true;
    try {
      const res = await postGraphql(gateway.url, '{ thing(id: "7") { name slow score } }');
      expect(res.body.data).toEqual({ thing: { name: 'Thing 7', slow: null, score: null } });
      expect((res.body.errors ?? []).map((e) => e.path)).toEqual([
        ['thing', 'slow'],
        ['thing', 'score'],
      ]);
    } finally {
      subgraphs.controls.hang = false;
    }
  });
});
