import { GraphQLError } from 'graphql';
import type { RequestContextBase } from '../src';
import { memoryLogger, post, startTinySubgraph, tokenFor, type TinySubgraph } from './support/tiny-subgraph';

const ADMIN = { sub: 'admin-1', role: 'FEDERATION_ADMIN' as const, region: '4401', perms: [] };
const LEAKY = 'connect failed: SELECT secret FROM t via http://10.0.0.1:4001';

describe('createSubgraphServer', () => {
  const { logger, lines } = memoryLogger();
  const calls = { thing: 0 };
  let sg: TinySubgraph;
  let ready: () => Promise<boolean>;

  beforeAll(async () => {
    sg = await startTinySubgraph({
      logger,
      ready: () => ready(),
      resolvers: {
        Query: {
          whoami: (_p: unknown, _a: unknown, ctx: RequestContextBase) =>
            `${ctx.identity!.sub}@${ctx.requestId}`,
          boom: () => {
            throw new Error(LEAKY);
          },
          refuse: () => {
            throw new GraphQLError('Outside your jurisdiction', {
              extensions: {
                code: 'FORBIDDEN',
                field: 'id',
                serviceName: 'tiny',
                sql: 'SELECT 1',
                requestId: 'r',
              },
            });
          },
          publicHello: (_p: unknown, _a: unknown, ctx: RequestContextBase) =>
            `hello ${ctx.identity?.sub ?? 'anonymous'}`,
        },
        Thing: {
          __resolveReference: (ref: { id: string }) => {
            calls.thing++;
            return { id: ref.id, name: `thing ${ref.id}` };
          },
        },
      },
    });
  });
  afterAll(() => sg.server.close());
  beforeEach(() => {
    lines.length = 0;
    ready = async () => true;
  });

  const entities =
    '{ _entities(representations: [{ __typename: "Thing", id: "t1" }]) { ... on Thing { id name } } }';

  describe.each([
    ['a root field', '{ whoami }'],
    ['_service', '{ _service { sdl } }'],
    ['_entities', entities],
    ['a public field', '{ publicHello }'],
  ])('%s', (_label, query) => {
    it.each([
      ['no x-union-context', async () => undefined],
      [
        'a token signed with another secret',
        () => tokenFor(ADMIN, 'r', 'forged-secret-0123456789abcdef0123'),
      ],
      ['a garbage token', async () => 'garbage'],
    ])('is refused with HTTP 401 for %s', async (_what, token) => {
      const res = await post(sg.url, query, await token());
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        errors: [{ message: 'Missing or invalid gateway context', extensions: { code: 'UNAUTHENTICATED' } }],
      });
      expect(calls.thing).toBe(0);
    });
  });

  it('answers a caller with a valid context', async () => {
    const res = await post(sg.url, '{ whoami }', await tokenFor(ADMIN, 'req-42'));
    expect(res).toMatchObject({ status: 200, body: { data: { whoami: 'admin-1@req-42' } } });
  });

  it('marks every GraphQL answer cache-control: no-store, and serves a repeated context token each time', async () => {
    const token = await tokenFor(ADMIN, 'req-43');
    for (const query of ['{ whoami }', '{ whoami }', '{ refuse }']) {
      const response = await fetch(sg.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-union-context': token },
        body: JSON.stringify({ query }),
      });
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = (await response.json()) as any;
      if (query === '{ whoami }') expect(body).toEqual({ data: { whoami: 'admin-1@req-43' } });
      else expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('answers _entities and _service with a valid context', async () => {
    const res = await post(sg.url, entities, await tokenFor(ADMIN));
    expect(res.body).toEqual({ data: { _entities: [{ id: 't1', name: 'thing t1' }] } });
    expect(calls.thing).toBe(1);
    const sdl = await post(sg.url, '{ _service { sdl } }', await tokenFor(ADMIN));
    expect(sdl.body.data._service.sdl).toContain('type Thing');
  });

  it('lets an anonymous (but gateway-signed) caller reach only public fields', async () => {
    const anon = await tokenFor(null);
    expect((await post(sg.url, '{ publicHello }', anon)).body).toEqual({
      data: { publicHello: 'hello anonymous' },
    });
    const blocked = await post(sg.url, '{ whoami }', anon);
    expect(blocked.status).toBe(200);
    expect(blocked.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    const ref = await post(sg.url, entities, anon);
    expect(ref.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('serves /healthz without a context', async () => {
    const res = await fetch(`${sg.base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it.each<[string, () => Promise<boolean>, number]>([
    ['ready', async () => true, 200],
    ['not ready', async () => false, 503],
    ['failing', async () => Promise.reject(new Error('db down at 10.0.0.1')), 503],
    [
      'throwing synchronously',
      () => {
        throw new Error('db down at 10.0.0.1');
      },
      503,
    ],
  ])('answers /readyz when %s', async (_label, check, status) => {
    ready = check;
    const res = await fetch(`${sg.base}/readyz`);
    expect(res.status).toBe(status);
    expect(await res.text()).not.toContain('10.0.0.1');
  });

  it('masks an internal error: code and request id reach the client, the details reach the log', async () => {
    const res = await post(sg.url, '{ boom }', await tokenFor(ADMIN, 'req-boom'));
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ boom: null });
    expect(res.body.errors).toEqual([
      {
        message: 'Internal server error',
        locations: [{ line: 1, column: 3 }],
        path: ['boom'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-boom' },
      },
    ]);
    expect(res.text).not.toMatch(/SELECT|10\.0\.0\.1|secret|stack/i);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ requestId: 'req-boom', path: ['boom'] });
    expect(JSON.stringify(lines[0])).toContain('SELECT secret FROM t');
  });

  it('passes client errors through with only the safe extensions, and does not log them', async () => {
    const res = await post(sg.url, '{ refuse }', await tokenFor(ADMIN, 'req-refuse'));
    expect(res.body.errors).toEqual([
      {
        message: 'Outside your jurisdiction',
        locations: [{ line: 1, column: 3 }],
        path: ['refuse'],
        extensions: { code: 'FORBIDDEN', field: 'id', requestId: 'r' },
      },
    ]);
    expect(lines).toEqual([]);
  });

  it('reports a query against an unknown field as a validation error', async () => {
    const res = await post(sg.url, '{ nope }', await tokenFor(ADMIN));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});

describe('createSubgraphServer options', () => {
  it('turns introspection off when asked (production)', async () => {
    const sg = await startTinySubgraph({ resolvers: {}, introspection: false });
    try {
      const res = await post(sg.url, '{ __schema { queryType { name } } }', await tokenFor(ADMIN));
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await sg.server.close();
    }
  });

  it('masks a failure while building the request context', async () => {
    const { logger, lines } = memoryLogger();
    const sg = await startTinySubgraph({
      resolvers: {},
      logger,
      createContext: () => {
        throw new Error(LEAKY);
      },
    });
    try {
      const res = await post(sg.url, '{ whoami }', await tokenFor(ADMIN, 'req-ctx'));
      expect(res.text).not.toMatch(/SELECT|10\.0\.0\.1/);
      expect(res.body.errors).toEqual([
        {
          message: 'Internal server error',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-ctx' },
        },
      ]);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ requestId: 'req-ctx' });
      expect(JSON.stringify(lines[0])).toContain('SELECT secret FROM t');
    } finally {
      await sg.server.close();
    }
  });

  it('leaves SIGTERM/SIGINT to installGracefulShutdown, even in production', async () => {
    const before = [process.listenerCount('SIGTERM'), process.listenerCount('SIGINT')];
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    let sg: TinySubgraph | undefined;
    try {
      sg = await startTinySubgraph({ resolvers: {} });
    } finally {
      process.env.NODE_ENV = env;
    }
    try {
      expect([process.listenerCount('SIGTERM'), process.listenerCount('SIGINT')]).toEqual(before);
    } finally {
      await sg.server.close();
    }
  });

  it('drains an in-flight request on close() and refuses new ones', async () => {
    const sg = await startTinySubgraph({
      resolvers: {
        Query: {
          slow: async (_p: unknown, args: { ms: number }) =>
            new Promise((r) => setTimeout(() => r('done'), args.ms)),
        },
      },
    });
    const token = await tokenFor(ADMIN);
    const inFlight = post(sg.url, '{ slow(ms: 500) }', token);
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const closing = sg.server.close();
    const res = await inFlight;
    expect(res).toMatchObject({ status: 200, body: { data: { slow: 'done' } } });
    await closing;
    // The client's keep-alive socket must not hold the drain open until keepAliveTimeout (72 s).
    expect(Date.now() - started).toBeLessThan(3000);
    await expect(post(sg.url, '{ whoami }', token)).rejects.toThrow();
  }, 10_000);
});
