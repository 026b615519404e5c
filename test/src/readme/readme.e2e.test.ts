/*
 * The README tells the truth, checked (CONTRIBUTING.md): every ```bash and ```graphql block of the
 * READMEs (readme-blocks.ts says which files, and the annotation convention) runs against a fresh
 * demo stack — the scale-1 data set `npm start` seeds, on SQLite — in the order the file shows it.
 *
 * - bash: `bash -e -o pipefail` in the repository root, the stack's gateway in place of
 *   localhost:4000 and the stack's AUTH_SECRET, databases and subgraph URLs in the environment, so
 *   `npm run -s token` and the CLIs speak to the stack. It must exit 0, and what it prints must carry
 *   no GraphQL `"errors"` (unless annotated `errors`) and never INTERNAL_SERVER_ERROR.
 * - graphql: every operation validates against schema/api.graphql. Operations without the `…`
 *   placeholder are then sent through the gateway (required variables filled by sampleVariables) with
 *   the block's token; nothing may be refused as malformed or fail inside, and an operation without
 *   variables must answer without errors (unless annotated `errors`).
 * - every relative link of those files points at a file that exists.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, Kind } from 'graphql';
import { SCHEMA_DIR } from '@union/scripts';
import type { DevTokenClaims } from '@union/gateway';
import { startStack, type Stack } from '../support/stack';
import { sampleVariables, type SampleIds } from '../support/sample-variables';
import { blocksOf, readmeFiles, relativeLinksOf, REPO_ROOT, type ReadmeBlock } from './readme-blocks';
import { isSchemaExcerpt, operationsOf, runBash, unsafeCommand, validationErrors } from './readme-runner';

const SCALE = Number(process.env.README_TEST_SCALE ?? 1);
const REFUSED = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'INTERNAL_SERVER_ERROR'];
const schema = buildSchema(fs.readFileSync(path.join(SCHEMA_DIR, 'api.graphql'), 'utf8'));
// README_TEST_ONLY=members narrows the run to the files whose path contains it (while editing one README).
const files = readmeFiles().filter(
  (f) => !process.env.README_TEST_ONLY || f.includes(process.env.README_TEST_ONLY),
);
const blocks = files.flatMap(blocksOf);
const title = (b: ReadmeBlock) =>
  `${b.file}:${b.line} ${b.lang}${b.annotation.skip ? ` (skipped: ${b.annotation.skip})` : ''}`;

let stack: Stack;
let tmp: string;
let ids: SampleIds;
const tokens = new Map<string, string>();

beforeAll(async () => {
  stack = await startStack({ dialect: 'sqlite', scale: SCALE });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-test-'));
  const found = await stack.gql(
    await stack.token({ role: 'FEDERATION_ADMIN', region: '44' }),
    '{ members(first: 1, filter: { regionPrefix: "440106", status: ACTIVE }) { nodes { id organization { id } } } }',
  );
  const member = found.data.members.nodes[0];
  ids = { memberId: member.id, organizationId: member.organization.id };
}, 300_000);
afterAll(async () => {
  await stack?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

it('finds the READMEs and their examples', () => {
  expect(readmeFiles()).toEqual(
    expect.arrayContaining(['README.md', 'gateway/README.md', 'subgraphs/organizations/README.md']),
  );
  expect(
    readmeFiles()
      .flatMap(blocksOf)
      .filter((b) => !b.annotation.skip).length,
  ).toBeGreaterThan(10);
});

it.each(files)('every relative link of %s points at a file that exists', (file) => {
  const missing = relativeLinksOf(file).filter(
    (link) => !fs.existsSync(path.join(REPO_ROOT, link.target.split('#')[0]!)),
  );
  expect(missing).toEqual([]);
});

/** `--role MEMBER --perm pii:read` → claims, with the demo member / union where the role needs one. */
async function tokenFor(flags: string[] | undefined): Promise<string> {
  const key = (flags ?? []).join(' ');
  const cached = tokens.get(key);
  if (cached) return cached;
  let claims: DevTokenClaims = { role: 'FEDERATION_ADMIN', region: '44', perms: ['pii:read'] };
  if (flags) {
    const value = (name: string) => flags[flags.indexOf(name) + 1];
    const role = value('--role') as DevTokenClaims['role'];
    const perms = flags.flatMap((f, i) => (f === '--perm' ? [flags[i + 1]!] : []));
    claims = {
      role,
      perms,
      ...(flags.includes('--region') ? { region: value('--region') } : {}),
      ...(role === 'MEMBER' ? { member: flags.includes('--member') ? value('--member') : ids.memberId } : {}),
      ...(role === 'ORG_ADMIN' ? { org: flags.includes('--org') ? value('--org') : ids.organizationId } : {}),
    };
  }
  const token = await stack.token(claims);
  tokens.set(key, token);
  return token;
}

describe.each(files)('%s', (file) => {
  const own = blocks.filter((b) => b.file === file);
  if (own.length === 0) it.todo('has no bash or graphql blocks');
  else
    it.each(own.map((b) => [title(b), b] as const))('%s', async (_title, block) => {
      if (block.annotation.skip) return;
      if (block.lang === 'bash') await checkBash(block);
      else await checkGraphql(block);
    });
});

async function checkBash(block: ReadmeBlock): Promise<void> {
  const unsafe = unsafeCommand(block.text);
  if (unsafe)
    throw new Error(
      `${block.file}:${block.line} runs \`${unsafe}\`: annotate it <!-- readme-test: skip (reason) -->`,
    );
  const stateFile = path.join(tmp, `${block.file.replace(/[/.]/g, '_')}.state`);
  const result = await runBash(block, {
    gatewayUrl: stack.gatewayUrl,
    env: { ...process.env, ...stack.env, GATEWAY_URL: stack.gatewayUrl, NODE_ENV: 'development' },
    stateFile,
    timeoutMs: 50_000,
  });
  const where = `${block.file}:${block.line}`;
  if (process.env.README_TEST_VERBOSE === '1') console.log(`${where}\n${result.stdout}\n${result.stderr}`);
  expect({ where, code: result.code, stderr: result.code === 0 ? '' : result.stderr.slice(-2000) }).toEqual({
    where,
    code: 0,
    stderr: '',
  });
  expect(result.stdout).not.toContain('INTERNAL_SERVER_ERROR');
  if (!block.annotation.errors)
    expect({ where, stdout: result.stdout }).not.toEqual({
      where,
      stdout: expect.stringContaining('"errors"'),
    });
}

async function checkGraphql(block: ReadmeBlock): Promise<void> {
  if (isSchemaExcerpt(block.text)) return;
  const operations = operationsOf(block.text);
  expect(operations.length).toBeGreaterThan(0);
  const token = await tokenFor(block.annotation.token);
  for (const operation of operations) {
    const head = operation.query.split('\n')[0]!.slice(0, 100);
    expect({ head, errors: validationErrors(schema, operation) }).toEqual({ head, errors: [] });
    if (operation.placeholder) continue;
    const variables = sampleVariables(schema, operation.definition, ids);
    const response = await stack.gql(token, operation.query, variables);
    const refused = (response.errors ?? []).filter((e) => REFUSED.includes(e.extensions?.code));
    expect({ head, status: response.status, refused }).toEqual({ head, status: 200, refused: [] });
    const strict = !block.annotation.errors && (operation.definition.variableDefinitions ?? []).length === 0;
    if (strict) expect({ head, errors: response.errors }).toEqual({ head, errors: undefined });
    expect(operation.definition.kind).toBe(Kind.OPERATION_DEFINITION);
  }
}
