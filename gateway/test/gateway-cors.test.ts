import { loadGatewayConfig } from '../src/config';
import { startGateway, testConfig, type RunningGateway } from './support/gateway-harness';
import { composeTestSupergraph, writeSupergraphFile, type SupergraphFile } from './support/supergraph';
import { startTestSubgraphs, type TestSubgraphs } from './support/test-subgraphs';

let subgraphs: TestSubgraphs;
let file: SupergraphFile;
let gateway: RunningGateway;

beforeAll(async () => {
  subgraphs = await startTestSubgraphs();
  file = writeSupergraphFile(composeTestSupergraph());
  gateway = await startGateway(
    testConfig(subgraphs, file.path, { CORS_ORIGINS: 'https://portal.example.cn' }),
  );
});

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.close();
  file?.remove();
});

const preflight = (origin: string) =>
  fetch(gateway.url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type',
    },
  });

describe('CORS', () => {
  it('answers a preflight from an allowed origin, exposing the request id', async () => {
    const res = await preflight('https://portal.example.cn');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://portal.example.cn');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const post = await fetch(gateway.url, {
      method: 'POST',
      headers: { origin: 'https://portal.example.cn', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
  });

  it('gives no CORS grant to any other origin', async () => {
    const res = await preflight('https://evil.example.com');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows any origin in development and none in production unless listed', () => {
    expect(loadGatewayConfig({}).corsOrigins).toEqual(['*']);
    const production = {
      NODE_ENV: 'production',
      AUTH_SECRET: 'a-strong-production-secret-of-40-chars-xx',
      SUBGRAPH_SECRET: 'another-strong-production-secret-40-chars',
    };
    expect(loadGatewayConfig(production).corsOrigins).toEqual([]);
    expect(
      loadGatewayConfig({ ...production, CORS_ORIGINS: 'https://a.cn, https://b.cn' }).corsOrigins,
    ).toEqual(['https://a.cn', 'https://b.cn']);
  });
});
