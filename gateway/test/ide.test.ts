import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { loadGatewayConfig } from '../src';
import { buildGraphiqlAssets } from '../src/ide/build-graphiql';
import { GRAPHIQL_ASSETS_DIR, GRAPHIQL_MANIFEST } from '../src/ide/graphiql-assets';
import { renderGraphiqlPage } from '../src/ide/graphiql-page';
import { prefersHtml } from '../src/ide/graphiql-route';
import { README_OPERATIONS, savedOperations } from '../src/ide/saved-operations';
import { startGateway, testConfig, type RunningGateway } from './support/gateway-harness';
import { composeTestSupergraph, writeSupergraphFile, type SupergraphFile } from './support/supergraph';
import { startTestSubgraphs, type TestSubgraphs } from './support/test-subgraphs';

const STRONG = 'a-strong-production-secret-0123456789';
const BROWSER_ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
/* Hosts a browser bundle typically pulls from; none may appear in anything the IDE serves. */
const CDN_HOSTS =
  /unpkg\.com|jsdelivr|esm\.sh|cdnjs|fonts\.googleapis|fonts\.gstatic|embeddable-sandbox|apollographql\.com/;

let subgraphs: TestSubgraphs;
let file: SupergraphFile;

beforeAll(async () => {
  // `npm run build` bundles the IDE; a test run straight from the sources builds it once (~10 s).
  if (!fs.existsSync(path.join(GRAPHIQL_ASSETS_DIR, GRAPHIQL_MANIFEST))) await buildGraphiqlAssets();
  subgraphs = await startTestSubgraphs();
  file = writeSupergraphFile(composeTestSupergraph());
}, 120_000);

afterAll(async () => {
  await subgraphs?.close();
  file?.remove();
});

const page = (gateway: RunningGateway, accept = BROWSER_ACCEPT) =>
  fetch(gateway.url, { headers: { accept } });
const introspect = (gateway: RunningGateway) =>
  fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
  }).then((r) => r.json() as Promise<any>);

/** Every URL the page refers to: attributes, and the worker scripts in its JSON config. */
function urlsOf(html: string): string[] {
  const attributes = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
  const config = JSON.parse(
    /<script id="graphiql-config" type="application\/json">(.*?)<\/script>/s.exec(html)![1]!,
  );
  return [...attributes, ...Object.values<string>(config.workers)];
}

describe('GraphiQL in development', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await startGateway(testConfig(subgraphs, file.path));
  });
  afterAll(() => gateway?.stop());

  it('answers a browser on GET /graphql with the IDE page, locked to this origin', async () => {
    const res = await page(gateway);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*connect-src 'self'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/https?:|\*/);
    const html = await res.text();
    expect(html).toContain('<div id="graphiql">');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('refers only to files it serves itself, by relative URL, and they contain no CDN address', async () => {
    const html = await (await page(gateway)).text();
    const urls = urlsOf(html);
    expect(urls.length).toBeGreaterThanOrEqual(5); // stylesheet, app, three Monaco workers
    for (const url of urls) {
      if (url === 'data:,') continue; // the empty favicon, so the browser asks for none
      expect(url).toMatch(/^graphiql\/[\w.-]+\.(js|css)$/);
      const asset = await fetch(new URL(url, gateway.url));
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(
        url.endsWith('.css') ? /^text\/css/ : /^text\/javascript/,
      );
      expect(asset.headers.get('cache-control')).toContain('immutable');
      const body = await asset.text();
      expect(body).not.toMatch(CDN_HOSTS);
      // Stylesheets may embed fonts and images (data:) but must not fetch any.
      if (url.endsWith('.css')) expect(body.match(/url\((?!\s*["']?data:)[^)]*\)/g) ?? []).toEqual([]);
    }
  });

  it('sends the bundle gzipped to a browser that accepts it', async () => {
    const html = await (await page(gateway)).text();
    const js = urlsOf(html).find((u) => /\/ide\.\w+\.js$/.test(u))!;
    const res = await fetch(new URL(js, gateway.url), { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect((await res.text()).length).toBeGreaterThan(1_000_000); // fetch decompressed it
  });

  it('opens with the saved operations as tabs, the welcome tab explaining the Authorization header', async () => {
    const html = await (await page(gateway)).text();
    const config = JSON.parse(
      /<script id="graphiql-config" type="application\/json">(.*?)<\/script>/s.exec(html)![1]!,
    );
    // The registry (schema/operations) once it exists, the README's examples before.
    expect(config.tabs.map((t: { query: string }) => t.query)).toEqual(savedOperations().map((o) => o.query));
    expect(config.tabs.length).toBeGreaterThan(1);
    expect(config.tabs[0].query).toContain('{ "Authorization": "Bearer <token>" }');
    expect(config.tabs[0].query).toContain('query RegionChildren');
    expect(config.shouldPersistHeaders).toBe(true);
  });

  it('leaves GraphQL clients alone: POST, GET with a query, and non-HTML GETs reach Apollo', async () => {
    const post = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });

    const get = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`, {
      // Apollo's CSRF prevention wants a non-simple header on GET.
      headers: {
        accept: 'application/graphql-response+json, application/json',
        'apollo-require-preflight': 'true',
      },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });

    // curl's default Accept, no query: Apollo's own answer, not a page (and not Apollo's landing page).
    const bare = await page(gateway, '*/*');
    expect(bare.headers.get('content-type')).not.toMatch(/html/);
    expect(await bare.text()).not.toMatch(/graphiql|sandbox/i);
  });

  it('serves nothing else under graphiql/', async () => {
    expect((await fetch(new URL('graphiql/manifest.json', gateway.url))).status).toBe(404);
    expect((await fetch(new URL('graphiql/..%2Fpackage.json', gateway.url))).status).toBe(404);
  });
});

describe('GraphiQL in production', () => {
  const prodConfig = (env: NodeJS.ProcessEnv = {}) =>
    testConfig(subgraphs, file.path, {
      NODE_ENV: 'production',
      AUTH_SECRET: STRONG,
      SUBGRAPH_SECRET: STRONG,
      ...env,
    });

  it('is off, and so are introspection and Apollo’s CDN landing page', async () => {
    const gateway = await startGateway(prodConfig());
    try {
      const res = await page(gateway);
      expect(res.headers.get('content-type') ?? '').not.toMatch(/html/);
      expect(await res.text()).not.toMatch(/graphiql|sandbox|apollo-server-landing-page/i);
      expect((await fetch(new URL('graphiql/anything.js', gateway.url))).status).toBe(404);
      expect((await introspect(gateway)).errors?.[0]?.message).toMatch(/introspection/i);
    } finally {
      await gateway.stop();
    }
  });

  it('is on with GRAPHIQL=true, with the introspection it needs, and keeps tokens out of localStorage', async () => {
    const gateway = await startGateway(prodConfig({ GRAPHIQL: 'true' }));
    try {
      const res = await page(gateway);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('"shouldPersistHeaders":false');
      expect((await introspect(gateway)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await gateway.stop();
    }
  });
});

describe('GraphiQL configuration', () => {
  const base = { AUTH_SECRET: STRONG, SUBGRAPH_SECRET: STRONG };
  it.each([
    [{}, true, true],
    [{ GRAPHIQL: 'false' }, false, true],
    [{ NODE_ENV: 'production' }, false, false],
    [{ NODE_ENV: 'production', GRAPHIQL: 'false' }, false, false],
    [{ NODE_ENV: 'production', GRAPHIQL: 'true' }, true, true],
  ])('%j → graphiql %s, introspection %s', (env, graphiql, introspection) => {
    expect(loadGatewayConfig({ ...base, ...env })).toMatchObject({ graphiql, introspection });
  });

  it('refuses a GRAPHIQL that is neither true nor false', () => {
    expect(() => loadGatewayConfig({ GRAPHIQL: 'yes' })).toThrow('Invalid gateway configuration: GRAPHIQL');
  });
});

describe('saved operations', () => {
  it('are the README examples, each valid against the committed API schema', () => {
    const api = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema/api.graphql'), 'utf8'));
    for (const op of README_OPERATIONS) {
      expect([
        op.query.split('\n').find((l) => /^(query|mutation)/.test(l)),
        validate(api, parse(op.query)),
      ]).toEqual([expect.any(String), []]);
      if (op.variables) expect(() => JSON.parse(op.variables!)).not.toThrow();
    }
  });

  it('come from the operation registry once it holds any, one tab per file, headed by its token', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-'));
    try {
      expect(savedOperations(dir)).toBe(README_OPERATIONS);
      fs.mkdirSync(path.join(dir, 'web'));
      fs.mkdirSync(path.join(dir, 'bare'));
      fs.writeFileSync(
        path.join(dir, 'web', 'client.json'),
        '{"token":{"role":"FEDERATION_ADMIN","region":"4401","perms":["pii:read"]}}',
      );
      fs.writeFileSync(path.join(dir, 'web', 'b.graphql'), 'query B { __typename }\n');
      fs.writeFileSync(path.join(dir, 'web', 'a.graphql'), 'query A { __typename }\n');
      fs.writeFileSync(path.join(dir, 'web', 'notes.md'), 'not an operation');
      fs.writeFileSync(path.join(dir, 'bare', 'c.graphql'), 'query C { __typename }\n');
      const token = 'npm run -s token -- --role FEDERATION_ADMIN --region 4401 --perm pii:read';
      expect(savedOperations(dir).map((o) => o.query)).toEqual([
        README_OPERATIONS[0]!.query,
        '# bare/c.graphql\nquery C { __typename }\n',
        `# web/a.graphql · token: ${token}\nquery A { __typename }\n`,
        `# web/b.graphql · token: ${token}\nquery B { __typename }\n`,
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('from the committed registry are each valid against the committed API schema', () => {
    const api = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema/api.graphql'), 'utf8'));
    for (const op of savedOperations())
      expect([op.source, validate(api, parse(op.query))]).toEqual([op.source, []]);
  });

  it('cannot end the page’s config element, whatever an operation contains', () => {
    const html = renderGraphiqlPage({
      manifest: { js: 'a.js', css: 'a.css', workers: { editor: 'e.js', json: 'j.js', graphql: 'g.js' } },
      operations: [{ source: 'x', query: '# </script><script>alert(1)</script>\n{ __typename }' }],
      shouldPersistHeaders: true,
    });
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<script>alert');
  });
});

describe('prefersHtml', () => {
  it.each([
    [BROWSER_ACCEPT, true],
    ['text/html', true],
    ['application/json', false],
    ['application/graphql-response+json, application/json;q=0.9', false],
    ['*/*', false],
    [undefined, false],
    ['application/json, text/html;q=0.5', false],
    ['text/html;q=0', false],
  ])('%s → %s', (accept, expected) => {
    expect(prefersHtml(accept)).toBe(expected);
  });
});
