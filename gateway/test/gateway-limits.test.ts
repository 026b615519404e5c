import { startGateway, testConfig, type RunningGateway } from './support/gateway-harness';
import { postGraphql } from './support/graphql-client';
import { composeTestSupergraph, writeSupergraphFile, type SupergraphFile } from './support/supergraph';
import { startTestSubgraphs, type TestSubgraphs } from './support/test-subgraphs';

let subgraphs: TestSubgraphs;
let file: SupergraphFile;
let gateway: RunningGateway;

beforeAll(async () => {
  subgraphs = await startTestSubgraphs();
  file = writeSupergraphFile(composeTestSupergraph());
  gateway = await startGateway(
    testConfig(subgraphs, file.path, { MAX_QUERY_DEPTH: '2', MAX_QUERY_ALIASES: '2', MAX_QUERY_COST: '12' }),
  );
});

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.close();
  file?.remove();
});

async function expectRefused(query: string, pattern: RegExp) {
  const before = subgraphs.alphaContexts.length;
  const res = await postGraphql(gateway.url, query);
  expect(res.status).toBe(400);
  expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(res.body.errors?.[0]?.message).toMatch(pattern);
  // Refused before execution: no subgraph saw the operation.
  expect(subgraphs.alphaContexts.length).toBe(before);
}

describe('query limits', () => {
  it('runs operations within every limit', async () => {
    const res = await postGraphql(gateway.url, '{ a: whoami { anonymous } b: whoami { requestId } }');
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.a).toEqual({ anonymous: true });
  });

  it('refuses an operation nested deeper than MAX_QUERY_DEPTH', async () => {
    await expectRefused(
      '{ thing(id: "1") { name slow score } whoami { anonymous } }'.replace(
        'name',
        'name ... on Thing { id }',
      ),
      /depth/i,
    );
  });

  it('refuses more aliases than MAX_QUERY_ALIASES', async () => {
    await expectRefused('{ a: betaPing b: betaPing c: betaPing }', /aliases/i);
  });

  it('refuses an operation costlier than MAX_QUERY_COST', async () => {
    await expectRefused(
      '{ whoami { anonymous sub role region org member perms requestId } thing(id: "1") { id name } }',
      /cost/i,
    );
  });
});
