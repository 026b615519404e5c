import { readyUrlOf } from '../src/subgraphs/subgraph-readiness';
import { eventually, startGateway, testConfig, type RunningGateway } from './support/gateway-harness';
import { composeTestSupergraph, writeSupergraphFile, type SupergraphFile } from './support/supergraph';
import { startTestSubgraphs, type TestSubgraphs } from './support/test-subgraphs';

let subgraphs: TestSubgraphs;
let file: SupergraphFile;
let gateway: RunningGateway;
let base: string;

beforeAll(async () => {
  subgraphs = await startTestSubgraphs();
  file = writeSupergraphFile(composeTestSupergraph());
  gateway = await startGateway(testConfig(subgraphs, file.path));
  base = gateway.url.replace(/\/graphql$/, '');
});

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.close();
  file?.remove();
});

const get = async (path: string) => {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, body: (await res.json()) as any };
};

describe('health endpoints', () => {
  it('answers /healthz', async () => {
    expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('is ready once the supergraph is loaded, and lists every subgraph as ready', async () => {
    expect(await get('/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
    expect(await get('/readyz/subgraphs')).toEqual({
      status: 200,
      body: {
        status: 'ready',
        subgraphs: [
          { name: 'alpha', ready: true, state: 'ready', httpStatus: 200, ms: expect.any(Number) },
          { name: 'beta', ready: true, state: 'ready', httpStatus: 200, ms: expect.any(Number) },
        ],
      },
    });
  });

  it('stays in rotation while a subgraph reports itself not ready; the detail endpoint names it', async () => {
    subgraphs.controls.alphaFault = {
      status: 503,
      contentType: 'application/json',
      body: '{"status":"unavailable"}',
    };
    try {
      // Before issue 9 this was 503: one department down pulled every gateway out of the balancer.
      expect(await get('/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
      await eventually(async () =>
        expect(await get('/readyz/subgraphs')).toEqual({
          status: 200,
          body: {
            status: 'degraded',
            subgraphs: [
              { name: 'alpha', ready: false, state: 'not-ready', httpStatus: 503, ms: expect.any(Number) },
              { name: 'beta', ready: true, state: 'ready', httpStatus: 200, ms: expect.any(Number) },
            ],
          },
        }),
      );
    } finally {
      subgraphs.controls.alphaFault = null;
    }
    await eventually(async () => expect((await get('/readyz/subgraphs')).body.status).toBe('ready'));
  });

  it('stays ready and alive once a subgraph is down', async () => {
    await subgraphs.beta.close();
    expect(await get('/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
    expect((await get('/healthz')).status).toBe(200);
    await eventually(async () => {
      const detail = await get('/readyz/subgraphs');
      expect(detail.status).toBe(200);
      expect(detail.body.status).toBe('degraded');
      expect(detail.body.subgraphs).toContainEqual(
        expect.objectContaining({ name: 'beta', ready: false, state: 'unreachable' }),
      );
    });
    // No subgraph address reaches an anonymous caller of the detail endpoint.
    expect(JSON.stringify((await get('/readyz/subgraphs')).body)).not.toMatch(/127\.0\.0\.1|https?:\/\//);
  });
});

describe('readyUrlOf', () => {
  it.each([
    ['http://127.0.0.1:4001/graphql', 'http://127.0.0.1:4001/readyz'],
    ['http://members.internal/graphql/', 'http://members.internal/readyz'],
    ['https://gw.example/services/graphql?x=1', 'https://gw.example/services/readyz'],
    ['http://labor:8080/', 'http://labor:8080/readyz'],
  ])('%s → %s', (graphqlUrl, readyUrl) => {
    expect(readyUrlOf(graphqlUrl)).toBe(readyUrl);
  });
});
