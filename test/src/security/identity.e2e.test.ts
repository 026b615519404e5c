import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CONTEXT_HEADER, testDialects } from '@union/kit';
import { forgeHs256, nowSeconds } from '../support/forge-token';
import { AUTH_SECRET, errorWith, startStack, SUBGRAPH_SECRET, type Stack } from '../support/stack';

/*
 * Who a caller is comes only from what the platform can vouch for: no client may be SERVICE, a
 * member's organization is the register's, and a context header is worth two minutes at most.
 * Each attack below succeeded before the platform closed it.
 */
const ORG_VIEW = `query($id: ID!) {
  organization(id: $id) { id name employer { name } collectiveContracts { id } laborRelations { openDisputes } }
}`;

describe.each(testDialects())('identity and trust through the gateway on %s', (dialect) => {
  let stack: Stack;
  let member: { id: string; orgId: string };
  let otherUnion: string;
  beforeAll(async () => {
    stack = await startStack({ dialect });
    const admin = await stack.token({ role: 'FEDERATION_ADMIN', region: '44' });
    const found = await stack.gql(
      admin,
      `{ members(first: 1, filter: { regionPrefix: "4401", status: ACTIVE }) { nodes { id organization { id } } }
         organizations(first: 1, filter: { regionPrefix: "4403", kind: GRASSROOTS, status: ACTIVE }) { nodes { id } } }`,
    );
    expect(found.errors).toBeUndefined();
    const node = found.data.members.nodes[0];
    member = { id: node.id, orgId: node.organization.id };
    otherUnion = found.data.organizations.nodes[0].id;
  });
  afterAll(() => stack?.close());

  const clientToken = (claims: Record<string, unknown>) =>
    forgeHs256({ iat: nowSeconds(), exp: nowSeconds() + 600, ...claims }, AUTH_SECRET);

  it('refuses a client token with the internal SERVICE role (401), even signed with the real secret', async () => {
    const token = clientToken({ sub: 'integrator', role: 'SERVICE', perms: ['pii:read'] });
    const result = await stack.gql(token, `{ members(first: 1) { nodes { idNumber } } }`);
    expect(result.status).toBe(401);
    expect(result.data).toBeUndefined();
    expect(errorWith(result, 'UNAUTHENTICATED').message).toContain('role must be one of');
  });

  it('refuses a MEMBER token that names an organization (it used to read that union`s contracts)', async () => {
    const token = clientToken({ sub: 'm', role: 'MEMBER', member: member.id, org: otherUnion });
    const result = await stack.gql(token, ORG_VIEW, { id: otherUnion });
    expect(result.status).toBe(401);
    expect(errorWith(result, 'UNAUTHENTICATED').message).toContain('may not carry an org claim');
  });

  it("gives a member its own union's directory entry and contracts, from the register, and no other", async () => {
    const token = await stack.token({ role: 'MEMBER', member: member.id });
    const own = await stack.gql(token, ORG_VIEW, { id: member.orgId });
    expect(own.errors).toBeUndefined();
    expect(own.data.organization).toMatchObject({ id: member.orgId, employer: { name: expect.any(String) } });
    expect(Array.isArray(own.data.organization.collectiveContracts)).toBe(true);
    const other = await stack.gql(token, ORG_VIEW, { id: otherUnion });
    expect(other.data.organization).toBeNull();
    errorWith(other, 'FORBIDDEN');
  });

  it('refuses a correctly signed x-union-context that lives longer than two minutes', async () => {
    const context = (lifetime: number) =>
      forgeHs256(
        {
          idn: { sub: 'x', role: 'FEDERATION_ADMIN', region: '44', perms: [] },
          rid: 'r',
          iss: 'union-gateway',
          aud: 'union-subgraph',
          iat: nowSeconds(),
          exp: nowSeconds() + lifetime,
        },
        SUBGRAPH_SECRET,
      );
    const ask = (header: string) =>
      fetch(stack.subgraphUrls.organizations!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: header },
        body: JSON.stringify({ query: '{ region(code: "44") { name } }' }),
      });
    expect((await ask(context(3600))).status).toBe(401);
    expect((await ask(context(121))).status).toBe(401);
    expect((await ask(context(60))).status).toBe(200);
  });
});

describe('npm run token', () => {
  const cli = path.resolve(__dirname, '../../../scripts/dist/token.js');
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

  it('refuses to mint a SERVICE token', () => {
    const result = run('--role', 'SERVICE');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('SERVICE');
  });

  it('refuses a MEMBER token with an org', () => {
    const result = run('--role', 'MEMBER', '--member', 'm-1', '--org', 'o-1');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('may not carry an org claim');
  });

  it('mints the tokens integrators use instead', () => {
    const result = run('--role', 'AUDITOR', '--region', '4401');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('.')).toHaveLength(3);
  });
});
