import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startStack, type Stack } from './support/stack';

/*
 * The gateway's GraphiQL in a real browser (Debian's chromium, driven by playwright-core) with the
 * network cut off at the machine's edge: every request for a host other than 127.0.0.1/localhost is
 * aborted and recorded, and the test fails if there was any. .ci/run installs chromium; on a
 * developer machine without it the test is skipped (with a message), never in CI.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT = path.resolve(__dirname, '../../docs/graphiql.png');
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) {
  throw new Error(`${CHROMIUM} is missing: CI must run the browser test (.ci/run installs chromium)`);
}
if (!haveChromium) {
  console.warn(`ide.browser.test skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium)`);
}
const describeWithBrowser = haveChromium ? describe : describe.skip;

const QUERY = `query GrassrootsInGuangzhou {
  organizations(first: 3, filter: { regionPrefix: "4401", kind: GRASSROOTS }) {
    totalCount
    nodes { name region { fullName } }
  }
}`;

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}

describeWithBrowser('GraphiQL in headless Chromium, offline', () => {
  let stack: Stack;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const leaks: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    stack = await startStack({ dialect: 'sqlite', scale: 0.05 });
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'union-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1600, height: 960 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // A second wall: any name but the loopback ones resolves to nothing.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ],
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLoopback(url)) return route.continue();
      leaks.push(url);
      return route.abort('internetdisconnected');
    });
    // Requests the router never sees (e.g. refused by the page's CSP first) still count as attempts.
    context.on('request', (request) => {
      if (!isLoopback(request.url()) && !leaks.includes(request.url())) leaks.push(request.url());
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await stack?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('renders, takes a bearer token in the headers panel, runs a query and shows the result', async () => {
    const token = await stack.token({ role: 'FEDERATION_ADMIN', region: '4401' });
    const expected = await stack.gql(token, QUERY);
    expect(expected.errors).toBeUndefined();
    const first = expected.data.organizations.nodes[0];
    expect(first).toBeDefined();

    // The IDE loads its schema by introspection as soon as it renders.
    const introspection = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url() === stack.gatewayUrl,
    );
    const response = await page.goto(stack.gatewayUrl);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    expect((await introspection).status()).toBe(200);

    const queryEditor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await queryEditor.waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.title()).resolves.toMatch(/GraphiQL/);
    // The saved operations are open as tabs, the welcome tab first.
    const tabs = page.locator('.graphiql-tab');
    expect(await tabs.count()).toBeGreaterThan(1);
    await expect(tabs.first().innerText()).resolves.toContain('RegionChildren');

    // A new tab, so the saved ones stay as they are; the headers panel is open by default.
    await page.locator('.graphiql-tab-add').click();
    await replaceEditorText(page, page.locator('.graphiql-query-editor .monaco-editor').first(), QUERY);
    const headersEditor = page.locator(
      'section.graphiql-editor-tool .graphiql-editor:not(.hidden) .monaco-editor',
    );
    await headersEditor.waitFor({ state: 'visible' });
    await replaceEditorText(page, headersEditor, JSON.stringify({ Authorization: `Bearer ${token}` }));
    // Prettify formats the operation and the headers alike.
    await page.getByRole('button', { name: /^Prettify/ }).click();
    const headersText = async () => (await headersEditor.innerText()).replace(/\s+/g, ' ');
    await expect(poll(headersText, (t) => t.includes('{ "Authorization": "Bearer'))).resolves.toContain(
      '{ "Authorization": "Bearer',
    );

    // The schema explorer reads the introspected schema: Query's fields are listed.
    await page.locator('[aria-label="Show Documentation Explorer"]').click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs
      .locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ })
      .first()
      .click();
    await docs
      .locator('.graphiql-doc-explorer-field-name', { hasText: /^organizations$/ })
      .first()
      .waitFor();

    const execution = page.waitForRequest(
      (r) =>
        r.method() === 'POST' &&
        r.url() === stack.gatewayUrl &&
        (r.postData() ?? '').includes('GrassrootsInGuangzhou'),
    );
    await page.locator('.graphiql-execute-button').click();
    const sent = await execution;
    expect(sent.headers()['authorization']).toBe(`Bearer ${token}`);

    const result = page.locator('.graphiql-response .result-window');
    await expect(
      poll(
        async () => (await result.innerText()).replace(/\s+/g, ' '),
        (text) => text.includes(first.name),
      ),
    ).resolves.toContain(`"totalCount": ${expected.data.organizations.totalCount}`);

    // For the picture: the headers panel shows the start of its text, not the token's tail.
    await headersEditor.click();
    await page.keyboard.press('ControlOrMeta+Home');
    if (process.env.UPDATE_SCREENSHOT === '1') {
      await page.screenshot({ path: SCREENSHOT });
    } else {
      await page.screenshot({ path: path.join(profile, 'graphiql.png') }); // proves it paints; not kept
    }

    expect(leaks).toEqual([]);
    expect(pageErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  }, 120_000);
});

/**
 * Monaco owns its text: focus it, select everything, insert the new text, then drop whatever the
 * editor's bracket auto-closing added after the cursor.
 */
async function replaceEditorText(
  page: Page,
  editor: ReturnType<Page['locator']>,
  text: string,
): Promise<void> {
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  await page.keyboard.press('ControlOrMeta+Shift+End');
  await page.keyboard.press('Delete');
}

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
