import { createHash } from 'node:crypto';
import { makeNationalId, testDialects } from '@union/kit';
import { startStack, type Stack } from '../support/stack';

/*
 * Issue 9 §5 through the real gateway, run as in production (NODE_ENV=production): a client's
 * mistake gets its own code and HTTP status, never INTERNAL_SERVER_ERROR; validation errors do not
 * suggest field names; a partial response says which field failed. Before: the empty query, the
 * mutation over GET and both APQ mistakes were INTERNAL_SERVER_ERROR, malformed JSON and unknown
 * content types got Fastify's own body, and production answered "Did you mean …?".
 * (That none of these is logged at error level is asserted in gateway/test/gateway-client-errors.)
 */
interface Answer {
  status: number;
  body: {
    data?: any;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const SUBMIT = `mutation($input: SubmitMembershipApplicationInput!) {
  submitMembershipApplication(input: $input) { application { id status } } }`;

describe.each(testDialects())('client mistakes through the gateway on %s', (dialect) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ dialect, gatewayEnv: { NODE_ENV: 'production' } });
  });
  afterAll(() => stack?.close());

  async function send(init: RequestInit, search = ''): Promise<Answer> {
    const res = await fetch(stack.gatewayUrl + search, init);
    return { status: res.status, body: JSON.parse(await res.text()) };
  }
  const json = (body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const getWith = (params: Record<string, string>) =>
    send(
      { method: 'GET', headers: { 'apollo-require-preflight': 'true' } },
      `?${new URLSearchParams(params)}`,
    );

  const cases: [string, () => Promise<Answer>, number, string][] = [
    ['an empty query', () => send(json({ query: '' })), 400, 'BAD_REQUEST'],
    [
      'malformed JSON',
      () =>
        send({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query": "{ regions',
        }),
      400,
      'BAD_REQUEST',
    ],
    [
      'a content type the gateway does not parse',
      () => send({ method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<regions/>' }),
      415,
      'BAD_REQUEST',
    ],
    ['a mutation over GET', () => getWith({ query: SUBMIT }), 405, 'BAD_REQUEST'],
    [
      'an APQ hash the gateway has not seen',
      () =>
        send(
          json({
            extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ regions { name } }') } },
          }),
        ),
      200,
      'PERSISTED_QUERY_NOT_FOUND',
    ],
    [
      'an APQ hash that does not match its query',
      () =>
        send(
          json({
            query: '{ regions { code } }',
            extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ x }') } },
          }),
        ),
      400,
      'PERSISTED_QUERY_HASH_MISMATCH',
    ],
    [
      'an unsupported APQ version',
      () =>
        send(
          json({
            query: '{ regions { code } }',
            extensions: { persistedQuery: { version: 9, sha256Hash: sha256('{ regions { code } }') } },
          }),
        ),
      400,
      'PERSISTED_QUERY_NOT_SUPPORTED',
    ],
  ];

  it.each(cases)('%s gets its own code and status', async (_name, attempt, status, code) => {
    const answer = await attempt();
    expect(answer.status).toBe(status);
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code });
    expect(answer.body.data).toBeUndefined();
  });

  it('runs nothing for a mutation sent over GET; the same request over POST is stored', async () => {
    const admin = await stack.token({ role: 'FEDERATION_ADMIN', region: '44' });
    const unions = await stack.gql(
      admin,
      '{ organizations(first: 1, filter: { regionPrefix: "4401", kind: GRASSROOTS, status: ACTIVE }) { nodes { id } } }',
    );
    const unionId: string = unions.data.organizations.nodes[0].id;
    const orgAdmin = await stack.token({ role: 'ORG_ADMIN', org: unionId });
    const pending = async () =>
      (
        await stack.gql(
          orgAdmin,
          'query($id: ID!) { organization(id: $id) { pendingApplications(first: 1) { totalCount } } }',
          { id: unionId },
        )
      ).data.organization.pendingApplications.totalCount as number;
    const variables = {
      input: {
        name: '王小明',
        idNumber: makeNationalId({ regionCode: '440106', birthDate: '1992-08-08', sequence: '517' }),
        phone: '13812345517',
        organizationId: unionId,
        hukouType: 'URBAN',
      },
    };
    const before = await pending();
    const overGet = await getWith({ query: SUBMIT, variables: JSON.stringify(variables) });
    expect(overGet.status).toBe(405);
    expect(overGet.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(await pending()).toBe(before);
    const overPost = await send(json({ query: SUBMIT, variables }));
    expect(overPost.body.errors).toBeUndefined();
    expect(overPost.body.data.submitMembershipApplication.application.status).toBe('PENDING');
    expect(await pending()).toBe(before + 1);
  });

  it('does not suggest field names in production, and introspection stays off', async () => {
    const typo = await send(json({ query: '{ region(code: "44") { nam } }' }));
    expect(typo.status).toBe(400);
    expect(typo.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.body.errors?.[0]?.message).toBe('Cannot query field "nam" on type "Region".');
    const introspection = await send(json({ query: '{ __schema { types { name } } }' }));
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('gives each failed field of a partial response its path, across subgraphs', async () => {
    const guangzhou = await stack.token({ role: 'FEDERATION_ADMIN', region: '4401' });
    const result = await stack.gql(
      guangzhou,
      `{ own: region(code: "4401") { name memberStats { total } }
         other: region(code: "4403") { name memberStats { total } } }`,
    );
    expect(result.data.own.name).toBe('广州市');
    expect(result.data.own.memberStats.total).toBeGreaterThan(0);
    expect(result.data.other.name).toBe('深圳市');
    expect(result.data.other.memberStats).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.path).toEqual(['other', 'memberStats']);
    expect(result.errors![0]!.extensions?.code).toBe('FORBIDDEN');
  });
});
