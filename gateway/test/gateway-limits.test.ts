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
    testConfig(subgraphs, file.path, {
      MAX_QUERY_DEPTH: '2',
      MAX_QUERY_ALIASES: '2',
      MAX_QUERY_COST: '12',
      MAX_QUERY_DIRECTIVES: '2',
      MAX_REQUEST_BYTES: String(64 * 1024),
      RATE_LIMIT: 'off',
    }),
  );
});

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.close();
  file?.remove();
});

async function expectRefused(query: string, pattern: RegExp, code = 'GRAPHQL_VALIDATION_FAILED') {
  const before = subgraphs.alphaContexts.length;
  const res = await postGraphql(gateway.url, query);
  expect(res.status).toBe(400);
  expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
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

/*
 * Issue 9 §3: the document itself is bounded before validation, whose overlapping-fields check is
 * quadratic in repeated fields (10,000 repeats took 36 s and froze /healthz). How fast the refusal
 * is, is shown by `npm run bench:limits`; these tests prove which limit refuses what.
 */
describe('document bounds before validation', () => {
  const healthz = () => fetch(gateway.url.replace(/\/graphql$/, '/healthz'));

  it('refuses the 10,000-repeat query at the parser, and /healthz answers meanwhile', async () => {
    // About 40 KB, like the 50 KB `{ regions { code code … } }` of the review.
    const query = `{ whoami { ${'sub '.repeat(10_000)}} }`;
    const [refused, health] = await Promise.all([postGraphql(gateway.url, query), healthz()]);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(refused.body.errors?.[0]?.message).toMatch(/more that 2000 tokens/);
    expect(health.status).toBe(200);
  });

  it('refuses more field selections than MAX_QUERY_FIELDS before the overlap check, alone', async () => {
    // 1,500 repeats are under the token limit; the overlap check alone would take about half a second.
    const res = await postGraphql(gateway.url, `{ whoami { ${'anonymous '.repeat(1500)}} }`);
    expect(res.status).toBe(400);
    // Alone: the rest of validation (depth, cost, overlap) did not run.
    expect(res.body.errors).toEqual([
      {
        message: 'Field limit of 250 exceeded, found 1501.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
  });

  it('counts aliases of __typename', async () => {
    await expectRefused(
      '{ a: __typename b: __typename c: __typename }',
      /Aliases limit of 2 exceeded, found 3/,
    );
  });

  it('refuses more directives than MAX_QUERY_DIRECTIVES', async () => {
    await expectRefused(
      '{ whoami { anonymous @include(if: true) sub @include(if: true) role @skip(if: false) } }',
      /Directives limit of 2 exceeded, found 3/,
    );
  });

  it('answers a body over MAX_REQUEST_BYTES with 413 and a GraphQL error', async () => {
    const before = subgraphs.alphaContexts.length;
    const res = await postGraphql(
      gateway.url,
      '{ whoami { anonymous } }',
      {},
      { pad: 'x'.repeat(70 * 1024) },
    );
    expect(res.status).toBe(413);
    expect(res.body).toEqual({
      errors: [{ message: 'Request body is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    expect(subgraphs.alphaContexts.length).toBe(before);
    // The same operation with a body under the limit runs.
    const small = await postGraphql(gateway.url, '{ whoami { anonymous } }', {}, { pad: 'x'.repeat(1024) });
    expect(small.body.data?.whoami).toEqual({ anonymous: true });
  });
});
