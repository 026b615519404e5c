import { readyUrlOf } from '../src/subgraphs/subgraph-readiness';
import { startGateway, testConfig, type RunningGateway } from './support/gateway-harness';
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
  return { status: res.status, body: await res.json() };
};

describe('health endpoints', () => {
  it('answers /healthz', async () => {
    expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('is ready when every subgraph of the supergraph is ready', async () => {
    expect(await get('/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
  });

  it('is not ready while a subgraph reports itself not ready', async () => {
    subgraphs.controls.alphaFault = {
      status: 503,
      contentType: 'application/json',
      body: '{"status":"unavailable"}',
    };
    try {
      expect(await get('/readyz')).toEqual({ status: 503, body: { status: 'unavailable' } });
    } finally {
      subgraphs.controls.alphaFault = null;
    }
    expect((await get('/readyz')).status).toBe(200);
  });

  it('is not ready once a subgraph is down, but stays alive', async () => {
    await subgraphs.beta.close();
    expect(await get('/readyz')).toEqual({ status: 503, body: { status: 'unavailable' } });
    expect((await get('/healthz')).status).toBe(200);
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
