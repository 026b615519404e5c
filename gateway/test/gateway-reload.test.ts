import { issueDevToken } from '../src';
import { bearer, postGraphql } from './support/graphql-client';
import {
  captureLogger,
  eventually,
  startGateway,
  testConfig,
  TEST_AUTH_SECRET,
  type RunningGateway,
} from './support/gateway-harness';
import { composeTestSupergraph, writeSupergraphFile, type SupergraphFile } from './support/supergraph';
import { startTestSubgraphs, type TestSubgraphs } from './support/test-subgraphs';

const MARKER = 'SUPERGRAPH-GARBAGE-MARKER';

let subgraphs: TestSubgraphs;
let file: SupergraphFile;
let gateway: RunningGateway;
let token: string;
const logs = captureLogger();

beforeAll(async () => {
  subgraphs = await startTestSubgraphs();
  file = writeSupergraphFile(composeTestSupergraph(1));
  // The file is polled every 100 ms in the test config.
  gateway = await startGateway(testConfig(subgraphs, file.path), logs.logger);
  token = await issueDevToken({ role: 'AUDITOR', region: '44' }, TEST_AUTH_SECRET);
});

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.close();
  file?.remove();
});

const queryExtra = () => postGraphql(gateway.url, '{ extra thing(id: "1") { name score } }', bearer(token));

async function expectExtraServed(): Promise<void> {
  const res = await queryExtra();
  expect(res.body).toEqual({ data: { extra: 'extra!', thing: { name: 'Thing 1', score: 42 } } });
}

async function expectExtraUnknown(): Promise<void> {
  const res = await queryExtra();
  expect(res.status).toBe(400);
  expect(res.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
}

/** Waits until the gateway logged `msg` after the `since`-th line, and returns that line. */
function loggedAfter(since: number, msg: string): Promise<Record<string, unknown>> {
  return eventually(() => {
    const line = logs.lines.slice(since).find((l) => l.msg === msg);
    if (!line) throw new Error(`not logged yet: ${msg}`);
    return line;
  });
}

describe('supergraph hot reload', () => {
  it('serves the supergraph the file held at start', async () => {
    await expectExtraUnknown();
  });

  it('picks up a recomposed supergraph with a new field', async () => {
    file.write(composeTestSupergraph(2));
    await eventually(expectExtraServed);
  });

  it.each([
    ['text that is not GraphQL', `{{ ${MARKER} }}`],
    ['GraphQL that is not a supergraph', `type Query { ${MARKER.replace(/-/g, '_')}: String }`],
  ])('keeps the last good supergraph when the file holds %s, and says why', async (_kind, garbage) => {
    const since = logs.lines.length;
    file.write(garbage);
    const line = await loggedAfter(since, 'supergraph reload failed; still serving the previous schema');

    expect(line).toMatchObject({ level: 50, path: file.path, reason: expect.any(String) });
    expect(JSON.stringify(logs.lines.slice(since))).not.toMatch(/SUPERGRAPH.GARBAGE.MARKER/);
    await expectExtraServed();
  });

  it('keeps the last good supergraph when the file is emptied', async () => {
    const since = logs.lines.length;
    file.write('');
    await loggedAfter(since, 'supergraph file is empty; still serving the previous schema');
    await expectExtraServed();
  });

  it('keeps the last good supergraph while the file is missing', async () => {
    const since = logs.lines.length;
    file.delete();
    await loggedAfter(since, 'supergraph file is gone; still serving the previous schema');
    await expectExtraServed();
  });

  it('reloads again once a good supergraph is back', async () => {
    const since = logs.lines.length;
    file.write(composeTestSupergraph(1));
    await loggedAfter(since, 'supergraph reloaded');
    await expectExtraUnknown();
  });
});

describe('stopping', () => {
  it('stops watching the file', async () => {
    const own = captureLogger();
    const second = await startGateway(testConfig(subgraphs, file.path), own.logger);
    await second.stop();
    const since = own.lines.length;
    file.write(composeTestSupergraph(2));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(own.lines.slice(since).filter((l) => String(l.msg).startsWith('supergraph'))).toEqual([]);
    // The running gateway still follows the file.
    await eventually(expectExtraServed);
  });
});
