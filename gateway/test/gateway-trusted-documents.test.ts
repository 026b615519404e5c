import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createLogger } from '@union/kit';
import { createGateway, issueDevToken, loadGatewayConfig } from '../src';
import { documentIdOf } from '../src/trusted-documents/trusted-documents';
import {
  eventually,
  startGateway,
  TEST_AUTH_SECRET,
  testConfig,
  type RunningGateway,
} from './support/gateway-harness';
import { bearer, postGraphql, type GraphqlResponse } from './support/graphql-client';
import { composeTestSupergraph, writeSupergraphFile, type SupergraphFile } from './support/supergraph';
import { startTestSubgraphs, type TestSubgraphs } from './support/test-subgraphs';

/* Issue 10 §4: {"documentId"} requests, TRUSTED_DOCUMENTS=off|allow|require, ops:adhoc, APQ, reloads. */

const THING = 'query Thing($id: ID!) {\n  thing(id: $id) {\n    id\n    name\n  }\n}';
const WHO = 'query Who {\n  whoami {\n    anonymous\n    sub\n  }\n}';
const LATER = 'query Later {\n  whoami {\n    requestId\n  }\n}';
const FREE_FORM = '{ thing(id: "7") { name } }';
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

let subgraphs: TestSubgraphs;
let file: SupergraphFile;
let tmp: string;
let manifestPath: string;
const gateways: RunningGateway[] = [];

function writeManifest(documents: string[] | string): void {
  const content =
    typeof documents === 'string'
      ? documents
      : JSON.stringify(Object.fromEntries(documents.map((d) => [documentIdOf(d), d])));
  const aside = `${manifestPath}.tmp`;
  fs.writeFileSync(aside, content);
  fs.renameSync(aside, manifestPath);
}

async function gatewayWith(mode: string, extra: NodeJS.ProcessEnv = {}): Promise<RunningGateway> {
  const gateway = await startGateway(
    testConfig(subgraphs, file.path, {
      TRUSTED_DOCUMENTS: mode,
      TRUSTED_DOCUMENTS_PATH: manifestPath,
      TRUSTED_DOCUMENTS_POLL_MS: '50',
      ...extra,
    }),
  );
  gateways.push(gateway);
  return gateway;
}

async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<GraphqlResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text), text };
}

async function get(url: string, params: Record<string, string>): Promise<GraphqlResponse> {
  const response = await fetch(`${url}?${new URLSearchParams(params)}`, {
    headers: { 'apollo-require-preflight': 'true' },
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text), text };
}

const token = (perms: string[] = []) =>
  issueDevToken({ role: 'FEDERATION_ADMIN', region: '44', sub: 'analyst', perms }, TEST_AUTH_SECRET, '5m');

function expectCode(res: GraphqlResponse, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
  expect(res.body.data).toBeUndefined();
}

beforeAll(async () => {
  subgraphs = await startTestSubgraphs();
  file = writeSupergraphFile(composeTestSupergraph());
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trusted-gateway-'));
  manifestPath = path.join(tmp, 'manifest.json');
  writeManifest([THING, WHO]);
});

afterAll(async () => {
  for (const gateway of gateways) await gateway.stop();
  await subgraphs?.close();
  file?.remove();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('TRUSTED_DOCUMENTS=allow (the default)', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await gatewayWith('allow');
  });

  it('runs a registered document by id over POST, with variables and operationName', async () => {
    const res = await post(gateway.url, {
      documentId: documentIdOf(THING),
      variables: { id: '42' },
      operationName: 'Thing',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { thing: { id: '42', name: 'Thing 42' } } });
  });

  it('ignores an APQ extension beside a documentId and keeps the other extensions', async () => {
    const res = await post(gateway.url, {
      documentId: documentIdOf(WHO),
      extensions: {
        persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) },
        clientLibrary: { name: 'app' },
      },
    });
    expect(res.body).toEqual({ data: { whoami: { anonymous: true, sub: null } } });
  });

  it('runs a registered document by id over GET', async () => {
    const res = await get(gateway.url, {
      documentId: documentIdOf(THING),
      variables: JSON.stringify({ id: '9' }),
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { thing: { id: '9', name: 'Thing 9' } } });
  });

  it('answers an unknown id 404 TRUSTED_DOCUMENT_NOT_FOUND, before any subgraph is asked', async () => {
    const before = subgraphs.alphaContexts.length;
    expectCode(
      await post(gateway.url, { documentId: `sha256:${'0'.repeat(64)}` }),
      404,
      'TRUSTED_DOCUMENT_NOT_FOUND',
    );
    expectCode(
      await get(gateway.url, { documentId: `sha256:${'1'.repeat(64)}` }),
      404,
      'TRUSTED_DOCUMENT_NOT_FOUND',
    );
    expect(subgraphs.alphaContexts.length).toBe(before);
  });

  it('answers a malformed id, or an id with a query, 400 BAD_REQUEST', async () => {
    expectCode(await post(gateway.url, { documentId: 'md5:abc' }), 400, 'BAD_REQUEST');
    expectCode(
      await post(gateway.url, { documentId: documentIdOf(THING).toUpperCase() }),
      400,
      'BAD_REQUEST',
    );
    expectCode(await post(gateway.url, { documentId: 42 }), 400, 'BAD_REQUEST');
    expectCode(
      await post(gateway.url, { documentId: documentIdOf(WHO), query: FREE_FORM }),
      400,
      'BAD_REQUEST',
    );
  });

  it('still runs free-form documents, anonymous or not', async () => {
    expect((await postGraphql(gateway.url, FREE_FORM)).body).toEqual({
      data: { thing: { name: 'Thing 7' } },
    });
    const res = await postGraphql(gateway.url, '{ whoami { sub } }', bearer(await token()));
    expect(res.body).toEqual({ data: { whoami: { sub: 'analyst' } } });
  });

  it('keeps APQ working: register and run by hash; a registered document runs by its hash alone', async () => {
    const hash = sha('{ thing(id: "apq") { id } }');
    const apq = { persistedQuery: { version: 1, sha256Hash: hash } };
    const miss = await post(gateway.url, { extensions: apq });
    expect(miss.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(gateway.url, { query: '{ thing(id: "apq") { id } }', extensions: apq });
    expect(registered.body).toEqual({ data: { thing: { id: 'apq' } } });
    expect((await post(gateway.url, { extensions: apq })).body).toEqual({ data: { thing: { id: 'apq' } } });

    // Never sent as APQ before: the manifest answers the hash.
    const trusted = { persistedQuery: { version: 1, sha256Hash: sha(WHO) } };
    expect((await post(gateway.url, { extensions: trusted })).body).toEqual({
      data: { whoami: { anonymous: true, sub: null } },
    });
  });
});

describe('TRUSTED_DOCUMENTS=require', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await gatewayWith('require');
  });

  it('runs registered documents by id for anyone, anonymous included', async () => {
    const res = await post(gateway.url, { documentId: documentIdOf(WHO) });
    expect(res.body).toEqual({ data: { whoami: { anonymous: true, sub: null } } });
    const authed = await get(gateway.url, { documentId: documentIdOf(WHO) });
    expect(authed.status).toBe(200);
  });

  it('refuses a free-form document with 400 TRUSTED_DOCUMENT_REQUIRED, before any subgraph is asked', async () => {
    const before = subgraphs.alphaContexts.length;
    const anonymous = await postGraphql(gateway.url, FREE_FORM);
    expectCode(anonymous, 400, 'TRUSTED_DOCUMENT_REQUIRED');
    expect(anonymous.body.errors?.[0]?.message).toMatch(/registered operations only/);
    expectCode(
      await postGraphql(gateway.url, FREE_FORM, bearer(await token(['pii:read']))),
      400,
      'TRUSTED_DOCUMENT_REQUIRED',
    );
    expectCode(await get(gateway.url, { query: FREE_FORM }), 400, 'TRUSTED_DOCUMENT_REQUIRED');
    expect(subgraphs.alphaContexts.length).toBe(before);
  });

  it('lets a token with ops:adhoc run free-form documents', async () => {
    const res = await postGraphql(gateway.url, FREE_FORM, bearer(await token(['ops:adhoc'])));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { thing: { name: 'Thing 7' } } });
  });

  it('runs a free-form query whose text is exactly a registered document', async () => {
    const res = await postGraphql(gateway.url, THING, {}, { id: '5' });
    expect(res.body).toEqual({ data: { thing: { id: '5', name: 'Thing 5' } } });
  });

  it('answers a bad token 401 as always, not TRUSTED_DOCUMENT_REQUIRED', async () => {
    const res = await postGraphql(gateway.url, FREE_FORM, bearer('not.a.token'));
    expectCode(res, 401, 'UNAUTHENTICATED');
  });

  it('does not let APQ bypass the rule: registering or replaying a free-form hash needs ops:adhoc', async () => {
    const text = '{ thing(id: "sneaky") { id } }';
    const apq = { persistedQuery: { version: 1, sha256Hash: sha(text) } };
    const plain = bearer(await token());
    const adhoc = bearer(await token(['ops:adhoc']));
    expectCode(
      await post(gateway.url, { query: text, extensions: apq }, plain),
      400,
      'TRUSTED_DOCUMENT_REQUIRED',
    );
    // An integrator registers it in the APQ cache; that does not open it to everyone else.
    expect((await post(gateway.url, { query: text, extensions: apq }, adhoc)).body).toEqual({
      data: { thing: { id: 'sneaky' } },
    });
    expectCode(await post(gateway.url, { extensions: apq }), 400, 'TRUSTED_DOCUMENT_REQUIRED');
    expectCode(await post(gateway.url, { extensions: apq }, plain), 400, 'TRUSTED_DOCUMENT_REQUIRED');
    expect((await post(gateway.url, { extensions: apq }, adhoc)).body).toEqual({
      data: { thing: { id: 'sneaky' } },
    });
    // A registered document by its APQ hash is a registered document.
    const trusted = { persistedQuery: { version: 1, sha256Hash: sha(WHO) } };
    expect((await post(gateway.url, { extensions: trusted })).status).toBe(200);
  });

  it('reloads the manifest when the file changes, and keeps the last good one when it is broken', async () => {
    expectCode(
      await post(gateway.url, { documentId: documentIdOf(LATER) }),
      404,
      'TRUSTED_DOCUMENT_NOT_FOUND',
    );
    writeManifest([THING, WHO, LATER]);
    await eventually(async () => {
      expect((await post(gateway.url, { documentId: documentIdOf(LATER) })).status).toBe(200);
    });
    writeManifest(JSON.stringify({ [documentIdOf(THING)]: WHO })); // an id that is not its hash
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await post(gateway.url, { documentId: documentIdOf(LATER) })).status).toBe(200);
    writeManifest([THING, WHO]);
    await eventually(async () => {
      expectCode(
        await post(gateway.url, { documentId: documentIdOf(LATER) }),
        404,
        'TRUSTED_DOCUMENT_NOT_FOUND',
      );
    });
  });

  it('refuses to start without a manifest it can read', async () => {
    const config = testConfig(subgraphs, file.path, {
      TRUSTED_DOCUMENTS: 'require',
      TRUSTED_DOCUMENTS_PATH: path.join(tmp, 'missing.json'),
    });
    await expect(createGateway({ config, logger: createLogger('test', 'silent') })).rejects.toThrow(
      /Cannot read the trusted documents/,
    );
  });
});

describe('TRUSTED_DOCUMENTS=off', () => {
  it('does not read the manifest or understand documentId; free-form documents run', async () => {
    const gateway = await gatewayWith('off', { TRUSTED_DOCUMENTS_PATH: path.join(tmp, 'missing.json') });
    const res = await post(gateway.url, { documentId: documentIdOf(WHO) });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect((await postGraphql(gateway.url, FREE_FORM)).body).toEqual({
      data: { thing: { name: 'Thing 7' } },
    });
  });
});

describe('configuration', () => {
  it('defaults to allow with the committed manifest, and names a bad setting without its value', () => {
    const config = loadGatewayConfig({});
    expect(config.trustedDocuments).toMatchObject({ mode: 'allow', pollMs: 1000 });
    expect(config.trustedDocuments?.manifestPath).toMatch(/schema[\\/]operations[\\/]manifest\.json$/);
    expect(
      loadGatewayConfig({
        NODE_ENV: 'production',
        AUTH_SECRET: 'x'.repeat(40),
        SUBGRAPH_SECRET: 'y'.repeat(40),
      }).trustedDocuments?.mode,
    ).toBe('allow');
    expect(() => loadGatewayConfig({ TRUSTED_DOCUMENTS: 'sometimes' })).toThrow(
      /^Invalid gateway configuration: TRUSTED_DOCUMENTS$/,
    );
    expect(() => loadGatewayConfig({ TRUSTED_DOCUMENTS_POLL_MS: '-1' })).toThrow(/TRUSTED_DOCUMENTS_POLL_MS/);
  });
});
