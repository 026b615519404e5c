import { createHash, randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { issueDevToken } from '../src';
import { startGateway, TEST_AUTH_SECRET, testConfig, type RunningGateway } from './support/gateway-harness';
import { bearer, postGraphql, type GraphqlResponse } from './support/graphql-client';
import { composeTestSupergraph, writeSupergraphFile, type SupergraphFile } from './support/supergraph';
import { startTestSubgraphs, type TestSubgraphs } from './support/test-subgraphs';

/*
 * Issue 9 §3: per-caller budgets at the gateway. Every request of these tests comes from 127.0.0.1,
 * so each test starts its own gateway (fresh budgets); with Redis, each gateway gets a random key
 * prefix unless a test shares one on purpose (replicas).
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const WHOAMI = '{ whoami { anonymous } }';

let subgraphs: TestSubgraphs;
let file: SupergraphFile;
const started: RunningGateway[] = [];
const prefixes: string[] = [];

beforeAll(async () => {
  subgraphs = await startTestSubgraphs();
  file = writeSupergraphFile(composeTestSupergraph());
});

afterEach(async () => {
  await Promise.all(started.splice(0).map((g) => g.stop()));
});

afterAll(async () => {
  await subgraphs?.close();
  file?.remove();
  if (prefixes.length > 0) {
    const redis = new Redis(REDIS_URL);
    for (const prefix of prefixes) {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
    }
    await redis.quit();
  }
});

const token = (sub: string, secret = TEST_AUTH_SECRET) =>
  issueDevToken({ role: 'FEDERATION_ADMIN', region: '44', sub }, secret, '5m');

function expectRateLimited(res: GraphqlResponse) {
  expect(res.status).toBe(429);
  expect(res.body.errors).toHaveLength(1);
  expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED' });
  expect(res.body.errors?.[0]?.message).toMatch(/retry in/);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
}

async function statuses(url: string, times: number, query = WHOAMI, headers: Record<string, string> = {}) {
  const out: number[] = [];
  for (let i = 0; i < times; i += 1) out.push((await postGraphql(url, query, headers)).status);
  return out;
}

describe.each(['memory', 'redis'] as const)('rate limits (%s store)', (store) => {
  async function gatewayWith(
    env: Record<string, string>,
    prefix = `test:${randomBytes(6).toString('hex')}:`,
  ) {
    const storeEnv: Record<string, string> =
      store === 'redis' ? { REDIS_URL, RATE_LIMIT_REDIS_PREFIX: prefix } : {};
    if (store === 'redis') prefixes.push(prefix);
    const gateway = await startGateway(
      testConfig(subgraphs, file.path, { RATE_LIMIT: 'on', ...storeEnv, ...env }),
    );
    started.push(gateway);
    return gateway;
  }

  it('gives an anonymous address its budget, then 429 RATE_LIMITED with Retry-After, before any subgraph', async () => {
    const gateway = await gatewayWith({ RATE_LIMIT_ANONYMOUS: '3' });
    expect(await statuses(gateway.url, 3)).toEqual([200, 200, 200]);
    const before = subgraphs.alphaContexts.length;
    const refused = await postGraphql(gateway.url, WHOAMI);
    expectRateLimited(refused);
    expect(refused.headers.get('x-request-id')).toBeTruthy();
    // A browser front-end on another origin can read when to retry.
    const fromBrowser = await postGraphql(gateway.url, WHOAMI, { origin: 'https://app.example' });
    expect(fromBrowser.status).toBe(429);
    expect(fromBrowser.headers.get('access-control-expose-headers')).toMatch(/retry-after/);
    expect(subgraphs.alphaContexts.length).toBe(before);
    // Probes are never counted: the orchestrator still sees a live process.
    const health = await fetch(gateway.url.replace(/\/graphql$/, '/healthz'));
    expect(health.status).toBe(200);
  });

  it('counts a verified token by its subject, apart from the address and from other subjects', async () => {
    const gateway = await gatewayWith({ RATE_LIMIT_ANONYMOUS: '2', RATE_LIMIT_AUTHENTICATED: '3' });
    expect(await statuses(gateway.url, 3)).toEqual([200, 200, 429]);
    const alice = bearer(await token('alice'));
    expect(await statuses(gateway.url, 4, WHOAMI, alice)).toEqual([200, 200, 200, 429]);
    expectRateLimited(await postGraphql(gateway.url, WHOAMI, alice));
    expect(await statuses(gateway.url, 1, WHOAMI, bearer(await token('bob')))).toEqual([200]);
  });

  it('never keys by an unverified sub: a forged token spends the address budget, not the subject', async () => {
    const gateway = await gatewayWith({ RATE_LIMIT_ANONYMOUS: '3', RATE_LIMIT_AUTHENTICATED: '3' });
    const victim = bearer(await token('victim'));
    const forged = bearer(await token('victim', 'not-the-gateway-secret-0123456789abcdef'));
    // Forged tokens cannot drain the victim's budget…
    expect(await statuses(gateway.url, 3, WHOAMI, forged)).toEqual([401, 401, 401]);
    expect(await statuses(gateway.url, 3, WHOAMI, victim)).toEqual([200, 200, 200]);
    // …nor escape a spent address budget by naming a fresh subject.
    const fresh = bearer(await token('fresh', 'not-the-gateway-secret-0123456789abcdef'));
    expectRateLimited(await postGraphql(gateway.url, WHOAMI, fresh));
  });

  describe('public form fields', () => {
    const formEnv = {
      RATE_LIMIT_ANONYMOUS: '50',
      RATE_LIMIT_FORM_FIELDS: 'betaPing',
      RATE_LIMIT_FORM_MAX: '2',
    };

    it('have a tighter budget per anonymous address; other fields and staff are unaffected', async () => {
      const gateway = await gatewayWith(formEnv);
      expect(await statuses(gateway.url, 2, '{ betaPing }')).toEqual([200, 200]);
      expectRateLimited(await postGraphql(gateway.url, '{ betaPing }'));
      expect(await statuses(gateway.url, 1)).toEqual([200]);
      const staff = bearer(await token('staff'));
      expect(await statuses(gateway.url, 3, '{ betaPing }', staff)).toEqual([200, 200, 200]);
    });

    it('are counted per use: aliases and fragments spend the budget too', async () => {
      const gateway = await gatewayWith(formEnv);
      expectRateLimited(await postGraphql(gateway.url, '{ a: betaPing b: betaPing c: betaPing }'));
      const other = await gatewayWith(formEnv);
      const fragment = 'query { ...F } fragment F on Query { betaPing }';
      expect(await statuses(other.url, 3, fragment)).toEqual([200, 200, 429]);
    });

    it('cannot be bypassed with an APQ hash registered earlier', async () => {
      const gateway = await gatewayWith(formEnv);
      const query = '{ betaPing }';
      const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
      const send = (body: Record<string, unknown>) =>
        fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...body, extensions: { persistedQuery } }),
        });
      expect((await send({ query })).status).toBe(200);
      expect((await send({})).status).toBe(200);
      const third = await send({});
      expect(third.status).toBe(429);
      expect(((await third.json()) as any).errors[0].extensions.code).toBe('RATE_LIMITED');
    });
  });

  if (store === 'redis') {
    it('is shared by replicas that use the same Redis', async () => {
      const prefix = `test:${randomBytes(6).toString('hex')}:`;
      const a = await gatewayWith({ RATE_LIMIT_ANONYMOUS: '3' }, prefix);
      const b = await gatewayWith({ RATE_LIMIT_ANONYMOUS: '3' }, prefix);
      expect(await statuses(a.url, 2)).toEqual([200, 200]);
      expect(await statuses(b.url, 2)).toEqual([200, 429]);
    });

    it('lets requests through while Redis is unreachable (availability over the limit)', async () => {
      const gateway = await startGateway(
        testConfig(subgraphs, file.path, {
          RATE_LIMIT: 'on',
          REDIS_URL: 'redis://127.0.0.1:9',
          RATE_LIMIT_ANONYMOUS: '1',
        }),
      );
      started.push(gateway);
      expect(await statuses(gateway.url, 3)).toEqual([200, 200, 200]);
    });
  }
});
