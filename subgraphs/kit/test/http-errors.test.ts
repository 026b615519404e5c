import Fastify from 'fastify';
import { codedHttpError, graphqlShapedErrorHandler } from '../src';
import { memoryLogger, startTinySubgraph, type TinySubgraph } from './support/tiny-subgraph';

/*
 * Issue 9 §5: a request that fails before GraphQL runs still answers `{ errors: [{ message,
 * extensions: { code } }] }`. Before, Fastify answered `{ statusCode, code: 'FST_ERR_…', error }`,
 * and a 5xx carried the thrown message to the client.
 */
describe('HTTP-level errors of a kit server', () => {
  const { logger, lines } = memoryLogger();
  let sg: TinySubgraph;
  beforeAll(async () => {
    sg = await startTinySubgraph({ logger, resolvers: { Query: { publicHello: () => 'hello' } } });
  });
  afterAll(() => sg.server.close());

  const send = async (init: RequestInit) => {
    const res = await fetch(sg.url, { method: 'POST', ...init });
    return { status: res.status, body: await res.json() };
  };

  it.each([
    [
      'malformed JSON',
      { headers: { 'content-type': 'application/json' }, body: '{"query":' },
      400,
      'BAD_REQUEST',
    ],
    [
      'an unparsed content type',
      { headers: { 'content-type': 'application/xml' }, body: '<q/>' },
      415,
      'BAD_REQUEST',
    ],
    [
      'a body over the limit (2 MB by default)',
      {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'x'.repeat(2_200_000) }),
      },
      413,
      'PAYLOAD_TOO_LARGE',
    ],
  ] as const)(
    'answers %s with a GraphQL error and its code, not at error level',
    async (_name, init, status, code) => {
      const answer = await send(init);
      expect(answer.status).toBe(status);
      expect(answer.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code } }] });
      expect(lines).toEqual([]);
    },
  );
});

describe('graphqlShapedErrorHandler', () => {
  it('passes a coded 4xx on and masks a 5xx, logging it scrubbed', async () => {
    const { logger, lines } = memoryLogger();
    const app = Fastify({ logger: false });
    app.setErrorHandler(graphqlShapedErrorHandler(logger));
    app.get('/spent', async () => {
      throw codedHttpError(429, 'RATE_LIMITED', 'Too many requests: retry in 1 minute');
    });
    app.get('/broken', async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.9:3306 for 440106199403151234');
    });
    const spent = await app.inject({ url: '/spent' });
    expect(spent.statusCode).toBe(429);
    expect(spent.json()).toEqual({
      errors: [{ message: 'Too many requests: retry in 1 minute', extensions: { code: 'RATE_LIMITED' } }],
    });
    const broken = await app.inject({ url: '/broken' });
    expect(broken.statusCode).toBe(500);
    expect(broken.json()).toEqual({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(lines).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toContain('440106199403151234');
    await app.close();
  });
});
