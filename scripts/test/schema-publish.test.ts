/*
 * schema:publish against a temporary "served" supergraph file: the first publish, an identical one,
 * a refused one (a registered operation would break: the file stays byte for byte), and a safe
 * one, replaced by rename so a polling gateway never reads half a file. The CLI's exit code too.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { composeSupergraph, REPO_ROOT, schemaFiles, SCHEMA_DIR, SUBGRAPHS } from '../src';
import { runPublish, type PublishOptions } from '../src/schema/schema-publish';

let tmp: string;
let served: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-publish-'));
  served = path.join(tmp, 'gateway', 'supergraph.graphql');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function organizationsWith(edit: (sdl: string) => string): string {
  const sdl = fs.readFileSync(SUBGRAPHS.find((s) => s.name === 'organizations')!.schemaFile, 'utf8');
  const edited = edit(sdl);
  expect(edited).not.toBe(sdl);
  const file = path.join(tmp, `organizations-${Math.random().toString(36).slice(2)}.graphql`);
  fs.writeFileSync(file, edited);
  return `organizations=${file}`;
}
const REMOVE_CHAIRPERSON = (sdl: string) =>
  sdl.replace(/\n\s*"Name of the chairperson \(工会主席\)\."\n\s*chairperson: String\n/, '\n');
const ADD_NICKNAME = (sdl: string) =>
  sdl.replace(
    /\n(\s*)"Name of the chairperson \(工会主席\)\."\n/,
    '\n$1"A short name (简称)."\n$1nickname: String\n$1"Name of the chairperson (工会主席)."\n',
  );

const publish = async (options: Partial<PublishOptions>) => {
  const outcome = await runPublish({
    to: served,
    subgraph: [],
    operations: path.join(SCHEMA_DIR, 'operations'),
    ack: [],
    ...options,
  });
  return { ...outcome, text: outcome.lines.join('\n') };
};
const leftovers = () => fs.readdirSync(path.dirname(served)).filter((f) => f !== 'supergraph.graphql');

describe('schema:publish', () => {
  it('publishes to a gateway that serves nothing yet (only the registry is checked)', async () => {
    const { exitCode, text } = await publish({});
    expect(text).toMatch(/Base: none/);
    expect(text).toMatch(/schema:publish: wrote /);
    expect(exitCode).toBe(0);
    expect(fs.readFileSync(served, 'utf8')).toBe(schemaFiles(composeSupergraph())[0].content);
    expect(leftovers()).toEqual([]);
  });

  it('leaves an identical supergraph alone (the gateway does not reload)', async () => {
    const before = fs.statSync(served);
    const { exitCode, text } = await publish({});
    expect(text).toMatch(/already serves this supergraph/);
    expect(exitCode).toBe(0);
    expect(fs.statSync(served).mtimeMs).toBe(before.mtimeMs);
  });

  it('refuses a supergraph that breaks registered operations and leaves the served file untouched', async () => {
    const before = fs.readFileSync(served, 'utf8');
    const { exitCode, text } = await publish({ subgraph: [organizationsWith(REMOVE_CHAIRPERSON)] });
    expect(text).toMatch(/✗ BREAKING Organization\.chairperson/);
    expect(text).toMatch(/used by staff-portal\/RegionOverview/);
    expect(text).toMatch(/schema:publish: refused; .* is unchanged/);
    expect(exitCode).toBe(1);
    expect(fs.readFileSync(served, 'utf8')).toBe(before);
    expect(leftovers()).toEqual([]);
  });

  it('replaces the served file by rename with a safe change', async () => {
    const before = fs.statSync(served);
    const { exitCode, text } = await publish({ subgraph: [organizationsWith(ADD_NICKNAME)] });
    expect(text).toMatch(/Changes: 0 breaking, 0 dangerous, [1-9]\d* safe/);
    expect(exitCode).toBe(0);
    const after = fs.statSync(served);
    expect(after.ino).not.toBe(before.ino); // a new file renamed over the old one, not rewritten in place
    expect(fs.readFileSync(served, 'utf8')).toMatch(/nickname: String/);
    expect(leftovers()).toEqual([]);
  });

  it('exits 1 from the command line when it refuses', async () => {
    const cli = path.join(REPO_ROOT, 'scripts/dist/schema/schema-publish.js');
    const run = await promisify(execFile)(process.execPath, [
      cli,
      '--to',
      served,
      '--subgraph',
      organizationsWith(REMOVE_CHAIRPERSON),
    ]).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/used by staff-portal\/SearchOrganizations/);
    expect(run.stdout).toMatch(/refused/);
  });
});
