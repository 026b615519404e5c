import { Writable } from 'node:stream';
import {
  CONTEXT_HEADER,
  createDatabase,
  makeNationalId,
  newId,
  signContextToken,
  testDialects,
  type Identity,
} from '@union/kit';
import { createServer, loadPiiKeys, type Database } from '@union/members';
import pino from 'pino';
import { errorWith, startStack, SUBGRAPH_SECRET, type Stack } from './support/stack';

const SUBMIT = `mutation($input: SubmitMembershipApplicationInput!) {
  submitMembershipApplication(input: $input) { application { id status idNumberMasked } } }`;
const APPROVE = `mutation($id: ID!) { approveMembershipApplication(input: { id: $id }) {
  application { status } member { id cardNumber status organization { id name } region { code } } } }`;

function idNumber(serial: number): string {
  return makeNationalId({
    regionCode: '440106',
    birthDate: '1994-03-15',
    sequence: String(100 + serial).padStart(3, '0'),
  });
}

async function subgraphCall(
  url: string,
  identity: Identity | null,
  query: string,
  variables?: Record<string, unknown>,
) {
  const token = await signContextToken({ identity, requestId: newId() }, SUBGRAPH_SECRET);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: token },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as any;
}

describe.each(testDialects())('members through the gateway on %s', (dialect) => {
  let stack: Stack;
  let provinceAdmin: string;
  let guangzhouAdmin: string;
  let unionId: string;
  const numbers: string[] = [];
  beforeAll(async () => {
    stack = await startStack({ dialect });
    provinceAdmin = await stack.token({ role: 'FEDERATION_ADMIN', region: '44' });
    guangzhouAdmin = await stack.token({ role: 'FEDERATION_ADMIN', region: '4401' });
    const unions = await stack.gql(
      provinceAdmin,
      '{ organizations(first: 1, filter: { regionPrefix: "4401", kind: GRASSROOTS, status: ACTIVE }) { nodes { id } } }',
    );
    unionId = unions.data.organizations.nodes[0].id;
  });
  afterAll(() => stack?.close());

  it('takes an anonymous application that an ORG_ADMIN approves into a member with a card number', async () => {
    numbers.push(idNumber(1));
    const submitted = await stack.gql(null, SUBMIT, {
      input: {
        name: '张家豪',
        idNumber: numbers[0],
        phone: '13812340001',
        organizationId: unionId,
        hukouType: 'RURAL',
      },
    });
    expect(submitted.errors).toBeUndefined();
    const application = submitted.data.submitMembershipApplication.application;
    expect(application.status).toBe('PENDING');
    expect(application.idNumberMasked).not.toContain('19940315');
    const orgAdmin = await stack.token({ role: 'ORG_ADMIN', org: unionId });
    const approved = await stack.gql(orgAdmin, APPROVE, { id: application.id });
    expect(approved.errors).toBeUndefined();
    const member = approved.data.approveMembershipApplication.member;
    expect(member.status).toBe('ACTIVE');
    expect(member.cardNumber).toMatch(/^4401\d{13}$/);
    expect(member.organization.id).toBe(unionId);
    expect(member.organization.name).toMatch(/工会/);
    expect(member.region.code.startsWith('4401')).toBe(true);
  });

  it('never shows a FEDERATION_ADMIN of 4401 a member outside 4401', async () => {
    const query = `query($after: String) { members(first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { region { code } } } }`;
    let after: string | null = null;
    let seen = 0;
    for (let i = 0; i < 3; i++) {
      const page: any = await stack.gql(guangzhouAdmin, query, { after });
      expect(page.errors).toBeUndefined();
      const nodes = page.data.members.nodes as { region: { code: string } }[];
      seen += nodes.length;
      expect(nodes.every((n) => n.region.code.startsWith('4401'))).toBe(true);
      if (!page.data.members.pageInfo.hasNextPage) break;
      after = page.data.members.pageInfo.endCursor;
    }
    expect(seen).toBeGreaterThan(0);
    const escape = await stack.gql(
      guangzhouAdmin,
      '{ members(filter: { regionPrefix: "4403" }) { nodes { id } } }',
    );
    expect(escape.data.members.nodes).toEqual([]);

    const nested = await stack.gql(
      guangzhouAdmin,
      `{ organizations(first: 10, filter: { kind: GRASSROOTS }) { nodes { members(first: 50) { nodes { region { code } } } } } }`,
    );
    expect(nested.errors).toBeUndefined();
    const codes = nested.data.organizations.nodes.flatMap((o: any) =>
      o.members.nodes.map((m: any) => m.region.code),
    );
    expect(codes.every((c: string) => c.startsWith('4401'))).toBe(true);

    const shenzhen = await stack.gql(
      provinceAdmin,
      '{ organizations(first: 1, filter: { regionPrefix: "4403", kind: GRASSROOTS, status: ACTIVE }) { nodes { id } } }',
    );
    const szUnion = shenzhen.data.organizations.nodes[0].id;
    const outside = await stack.gql(
      guangzhouAdmin,
      `{ organization(id: "${szUnion}") { members { nodes { id } } } }`,
    );
    expect(outside.data?.organization ?? null).toBeNull();

    // A member reached through another subgraph's reference (`_entities`, as the gateway sends it).
    const szMembers = await stack.gql(
      provinceAdmin,
      '{ members(first: 2, filter: { regionPrefix: "4403" }) { nodes { id } } }',
    );
    const representations = szMembers.data.members.nodes.map((n: any) => ({
      __typename: 'Member',
      id: n.id,
    }));
    expect(representations.length).toBeGreaterThan(0);
    const viaReference = await subgraphCall(
      stack.subgraphUrls.members!,
      { sub: 'gz', role: 'FEDERATION_ADMIN', region: '4401', perms: [] },
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Member { id region { code } } } }',
      { r: representations },
    );
    expect(viaReference.data._entities.every((e: unknown) => e === null)).toBe(true);
    expect(viaReference.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses Region.memberStats outside the jurisdiction and memberByIdNumber without pii:read', async () => {
    const stats = await stack.gql(guangzhouAdmin, '{ region(code: "44") { memberStats { total } } }');
    errorWith(stats, 'FORBIDDEN');
    expect(stats.data.region.memberStats).toBeNull();
    const own = await stack.gql(
      guangzhouAdmin,
      '{ region(code: "4401") { memberStats { total active migrantWorkers byChildRegion { region { name } total } } } }',
    );
    expect(own.errors).toBeUndefined();
    expect(own.data.region.memberStats.total).toBeGreaterThan(0);
    expect(own.data.region.memberStats.byChildRegion[0].region.name).toBeTruthy();

    const lookup = `query($n: String!) { memberByIdNumber(idNumber: $n) { id idNumber } }`;
    errorWith(await stack.gql(guangzhouAdmin, lookup, { n: numbers[0] }), 'FORBIDDEN');
    const reader = await stack.token({ role: 'FEDERATION_ADMIN', region: '4401', perms: ['pii:read'] });
    const found = await stack.gql(reader, lookup, { n: numbers[0] });
    expect(found.errors).toBeUndefined();
    expect(found.data.memberByIdNumber.idNumber).toBe(numbers[0]);
  });

  it('writes no national ID number into any log line, even when a request fails', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _e, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const target = stack.prepared.find((p) => p.name === 'members')!.target;
    const db = await createDatabase<Database>(target);
    const server = await createServer({
      db,
      subgraphSecret: SUBGRAPH_SECRET,
      logger: pino({ level: 'trace' }, sink),
      // The same keys as the stack's members subgraph (read from the same environment).
      ...loadPiiKeys(stack.env),
      // Unreachable: the application fails inside, and the failure is logged.
      organizationsUrl: 'http://127.0.0.1:9/graphql',
    });
    const url = await server.listen(0);
    try {
      numbers.push(idNumber(2));
      const failed = await subgraphCall(url, null, SUBMIT, {
        input: {
          name: '王芳',
          idNumber: numbers[1],
          phone: '13812340002',
          organizationId: unionId,
          hukouType: 'URBAN',
        },
      });
      expect(failed.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      const bad = await subgraphCall(url, null, SUBMIT, {
        input: {
          name: '王芳',
          idNumber: `${numbers[1]!.slice(0, 17)}0`,
          phone: '1381234',
          organizationId: unionId,
          hukouType: 'URBAN',
        },
      });
      expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(bad)).not.toContain(numbers[1]!.slice(0, 17));
      await subgraphCall(
        url,
        { sub: 'r', role: 'FEDERATION_ADMIN', region: '44', perms: ['pii:read'] },
        'query($n: String!) { memberByIdNumber(idNumber: $n) { idNumber } }',
        { n: numbers[0] },
      );
    } finally {
      await server.close();
      await db.destroy();
    }
    expect(lines.length).toBeGreaterThan(0);
    const text = lines.join('\n');
    for (const n of numbers) {
      expect(text).not.toContain(n);
      expect(text).not.toContain(n.slice(0, 17));
    }
    expect(text).not.toMatch(/\d{17}[\dX]/);
  });
});
