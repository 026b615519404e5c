/*
 * schema:check outcomes, each on temporary SDL, supergraph and registry files (the real subgraphs
 * are never edited): no change, dangerous only, a breaking change a registered operation uses, an
 * unused breaking change with and without acknowledgment, a composition error.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeSupergraph, SCHEMA_DIR, SUBGRAPHS } from '../src';
import { runCheck, type CheckOptions } from '../src/schema/schema-check';
import { loadBase, trailerAcknowledgments } from '../src/schema/sources';

let tmp: string;
let base: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-check-'));
  // The base is today's composition of the working tree (not the committed file, which may lag
  // behind an SDL edit in progress): each test then changes exactly one thing.
  base = path.join(tmp, 'api.graphql');
  fs.writeFileSync(base, composeSupergraph().apiSdl);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const organizationsSdl = () =>
  fs.readFileSync(SUBGRAPHS.find((s) => s.name === 'organizations')!.schemaFile, 'utf8');

/** A candidate organizations SDL (edited copy) as a --subgraph override. */
function organizationsWith(edit: (sdl: string) => string): string {
  const sdl = organizationsSdl();
  const edited = edit(sdl);
  expect(edited).not.toBe(sdl); // the edit must have applied
  const file = path.join(tmp, `organizations-${Math.random().toString(36).slice(2)}.graphql`);
  fs.writeFileSync(file, edited);
  return `organizations=${file}`;
}

/** A one-client registry holding these operations. */
function registryWith(operations: string): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'ops-'));
  fs.mkdirSync(path.join(dir, 'web'));
  fs.writeFileSync(
    path.join(dir, 'web', 'client.json'),
    JSON.stringify({ description: 'test client', token: { role: 'FEDERATION_ADMIN', region: '4401' } }),
  );
  fs.writeFileSync(path.join(dir, 'web', 'ops.graphql'), operations);
  return dir;
}

const UNION_CARD = `query UnionCard($id: ID!) { organization(id: $id) { id name chairperson region { code name } } }`;
const REMOVE_CHAIRPERSON = (sdl: string) =>
  sdl.replace(/\n\s*"Name of the chairperson \(工会主席\)\."\n\s*chairperson: String\n/, '\n');
const REMOVE_EMPLOYER_INDUSTRY_NAME = (sdl: string) =>
  sdl.replace(/\n(\s*"[^"\n]*"\n)?\s*industryName: String!\n/, '\n');

async function check(options: Partial<CheckOptions>) {
  const full: CheckOptions = { base, subgraph: [], operations: '', ack: [], ...options };
  if (!full.operations) full.operations = path.join(SCHEMA_DIR, 'operations');
  const outcome = await runCheck(full, loadBase(full.base));
  return { ...outcome, text: outcome.lines.join('\n') };
}

describe('schema:check', () => {
  it('passes with exit 0 when nothing changed, validating every registered operation', async () => {
    const { exitCode, text, report } = await check({});
    expect(text).toMatch(/Composition: ok/);
    expect(text).toMatch(/Changes: 0 breaking, 0 dangerous, 0 safe/);
    expect(report!.operations).toBeGreaterThan(50);
    expect(text).toMatch(
      new RegExp(`Operations: ${report!.operations} registered, ${report!.operations} valid`),
    );
    expect(exitCode).toBe(0);
  });

  it('passes with a warning when the only changes are dangerous', async () => {
    const override = organizationsWith((sdl) =>
      // The page-size default of Query.organizations (its argument lines carry descriptions).
      sdl.replace(/(organizations\([^)]*?first: Int = )20/, '$110'),
    );
    const { exitCode, text } = await check({ subgraph: [override] });
    expect(text).toMatch(/Changes: 0 breaking, 1 dangerous/);
    expect(text).toMatch(/! DANGEROUS Query\.organizations\.first: .*'20' to '10'/);
    expect(text).toMatch(/schema:check passed with 1 warning/);
    expect(exitCode).toBe(0);
  });

  it('fails naming the operation, its client and the field when a used field is removed', async () => {
    const { exitCode, text, report } = await check({
      subgraph: [organizationsWith(REMOVE_CHAIRPERSON)],
      operations: registryWith(UNION_CARD),
    });
    expect(report!.breaking.map((b) => b.path)).toEqual(['Organization.chairperson']);
    expect(text).toMatch(/✗ BREAKING Organization\.chairperson: Field 'chairperson' was removed/);
    expect(text).toMatch(/used by web\/UnionCard \(.*ops\.graphql\)/);
    expect(text).toMatch(/✗ web\/UnionCard .*Cannot query field "chairperson" on type "Organization"/);
    expect(exitCode).toBe(1);
  });

  it('names the operations a new required argument breaks', async () => {
    const override = organizationsWith((sdl) =>
      sdl.replace(
        /(organization\("The organization's id\." id: ID!)\): Organization/,
        '$1, purpose: String!): Organization',
      ),
    );
    const { exitCode, text } = await check({ subgraph: [override], operations: registryWith(UNION_CARD) });
    expect(text).toMatch(/✗ BREAKING Query\.organization\.purpose: .*\n {6}used by web\/UnionCard/);
    expect(exitCode).toBe(1);
  });

  it('fails on the real registry too: the staff portal reads Organization.chairperson', async () => {
    const { exitCode, text } = await check({ subgraph: [organizationsWith(REMOVE_CHAIRPERSON)] });
    expect(text).toMatch(/used by staff-portal\/RegionOverview/);
    expect(text).toMatch(/used by staff-portal\/SearchOrganizations/);
    // An acknowledgment does not let a change through that a registered operation uses.
    const acked = await check({
      subgraph: [organizationsWith(REMOVE_CHAIRPERSON)],
      ack: ['Organization.chairperson'],
    });
    expect([exitCode, acked.exitCode]).toEqual([1, 1]);
  });

  it('fails on an unused breaking change until it is acknowledged', async () => {
    const options = {
      subgraph: [organizationsWith(REMOVE_EMPLOYER_INDUSTRY_NAME)],
      operations: registryWith(UNION_CARD),
    };
    const refused = await check(options);
    expect(refused.text).toMatch(/✗ BREAKING Employer\.industryName: Field 'industryName' was removed/);
    expect(refused.text).toMatch(/no registered operation uses it/);
    expect(refused.text).toMatch(/Schema-Break-Ack: Employer\.industryName/);
    expect(refused.text).toMatch(/FAILED: 1 unacknowledged breaking change/);
    expect(refused.exitCode).toBe(1);

    const acknowledged = await check({ ...options, ack: ['Employer.industryName'] });
    expect(acknowledged.text).toMatch(/✓ BREAKING Employer\.industryName: .*\(acknowledged/);
    expect(acknowledged.exitCode).toBe(0);
  });

  it('reads acknowledgments from Schema-Break-Ack trailers of the commits in a range', () => {
    const repo = fs.mkdtempSync(path.join(tmp, 'git-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
        cwd: repo,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'base');
    git(
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'Employers: drop the industry name',
      '-m',
      'Nobody reads it.\n\nSchema-Break-Ack: Employer.industryName\nSchema-Break-Ack: Query.employers.filter, EmployerFilter',
    );
    git(
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'later',
      '-m',
      'Schema-Break-Ack mentioned in prose is not a trailer.',
    );
    expect(trailerAcknowledgments('HEAD~2..HEAD', repo).sort()).toEqual([
      'Employer.industryName',
      'EmployerFilter',
      'Query.employers.filter',
    ]);
    expect(trailerAcknowledgments('HEAD^!', repo)).toEqual([]);
  });

  it('fails with exit 1 naming the subgraph when the subgraphs do not compose', async () => {
    const override = organizationsWith((sdl) => `${sdl}\nextend type Query { broken: NoSuchType }\n`);
    const { exitCode, text } = await check({ subgraph: [override] });
    expect(text).toMatch(/Composition FAILED:\n {2}✗ subgraph organizations: .*NoSuchType/);
    expect(exitCode).toBe(1);
  });

  it('checks a composed supergraph file against a supergraph base (what publish does)', async () => {
    const supergraph = path.join(SCHEMA_DIR, 'supergraph.graphql');
    const { exitCode, text } = await check({
      supergraph,
      base: supergraph,
      operations: registryWith(UNION_CARD),
    });
    expect(text).toMatch(/Changes: 0 breaking/);
    expect(exitCode).toBe(0);
  });

  it('reads the base from a git revision, schema/api.graphql by default or rev:path', () => {
    expect(loadBase('HEAD')).toMatchObject({
      gitRevision: 'HEAD',
      schema: { label: 'HEAD:schema/api.graphql' },
    });
    const supergraph = loadBase('HEAD:schema/supergraph.graphql');
    expect(supergraph.schema!.label).toBe('HEAD:schema/supergraph.graphql');
    expect(supergraph.schema!.api.getType('Region')).toBeDefined(); // the client view of the supergraph
    expect(supergraph.schema!.api.getType('join__Graph')).toBeUndefined();
  });

  it('exits 2 when the base cannot be read', () => {
    expect(() => loadBase('no-such-revision-or-file')).toThrow(/neither a file nor a git revision/);
  });
});
