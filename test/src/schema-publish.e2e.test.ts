/*
 * schema:publish against a running gateway that serves (and polls) a supergraph file: a refused
 * publish leaves it serving what it served; an accepted one is picked up without a restart.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runPublish, SCHEMA_DIR, SUBGRAPHS } from '@union/scripts';
import { startStack, type Stack } from './support/stack';

const CHAIRPERSON = /\n(\s*)"Name of the chairperson \(工会主席\)\."\n\s*chairperson: String\n/;
const organizationsSdl = fs.readFileSync(
  SUBGRAPHS.find((s) => s.name === 'organizations')!.schemaFile,
  'utf8',
);

describe('schema:publish to a running gateway', () => {
  let tmp: string;
  let served: string;
  let stack: Stack;
  let admin: string;
  const publish = (organizations: string) => {
    const file = path.join(tmp, `organizations-${Math.random().toString(36).slice(2)}.graphql`);
    fs.writeFileSync(file, organizations);
    return runPublish({
      to: served,
      subgraph: [`organizations=${file}`],
      operations: path.join(SCHEMA_DIR, 'operations'),
      ack: [],
    });
  };
  const organizationFields = async () => {
    const result = await stack.gql(admin, '{ __type(name: "Organization") { fields { name } } }');
    return result.data.__type.fields.map((f: { name: string }) => f.name) as string[];
  };

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-e2e-'));
    served = path.join(tmp, 'supergraph.graphql');
    expect((await publish(organizationsSdl)).exitCode).toBe(0); // the first publish
    stack = await startStack({ dialect: 'sqlite', supergraphPath: served });
    admin = await stack.token({ role: 'FEDERATION_ADMIN', region: '4401' });
  });
  afterAll(async () => {
    await stack?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('refuses to publish a supergraph without a field registered operations use; the gateway keeps it', async () => {
    const before = fs.readFileSync(served, 'utf8');
    const outcome = await publish(organizationsSdl.replace(CHAIRPERSON, '\n'));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.lines.join('\n')).toMatch(
      /Organization\.chairperson[\s\S]*used by staff-portal\/RegionOverview/,
    );
    expect(fs.readFileSync(served, 'utf8')).toBe(before);
    const result = await stack.gql(admin, '{ organizations(first: 1) { nodes { chairperson } } }');
    expect(result.status).toBe(200);
    expect(await organizationFields()).toContain('chairperson');
  });

  it('publishes an additive change, which the polling gateway serves without a restart', async () => {
    const withNickname = organizationsSdl.replace(
      CHAIRPERSON,
      '\n$1"A short name (简称)."\n$1nickname: String\n$1"Name of the chairperson (工会主席)."\n$1chairperson: String\n',
    );
    expect(withNickname).not.toBe(organizationsSdl);
    expect((await publish(withNickname)).exitCode).toBe(0);
    const deadline = Date.now() + 15000;
    while (!(await organizationFields()).includes('nickname') && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await organizationFields()).toEqual(expect.arrayContaining(['nickname', 'chairperson']));
    const result = await stack.gql(admin, '{ organizations(first: 1) { nodes { id chairperson } } }');
    expect(result.errors).toBeUndefined();
  });
});
