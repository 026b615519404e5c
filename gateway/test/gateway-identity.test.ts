import { randomUUID } from 'node:crypto';
import { CONTEXT_HEADER, isId } from '@union/kit';
import { SignJWT } from 'jose';
import { issueDevToken } from '../src';
import { bearer, postGraphql } from './support/graphql-client';
import { startGateway, testConfig, TEST_AUTH_SECRET, type RunningGateway } from './support/gateway-harness';
import { composeTestSupergraph, writeSupergraphFile, type SupergraphFile } from './support/supergraph';
import { startTestSubgraphs, type TestSubgraphs } from './support/test-subgraphs';

const WHOAMI = '{ whoami { anonymous sub role region org member perms requestId } }';

let subgraphs: TestSubgraphs;
let file: SupergraphFile;
let gateway: RunningGateway;

beforeAll(async () => {
  subgraphs = await startTestSubgraphs();
  file = writeSupergraphFile(composeTestSupergraph());
  gateway = await startGateway(testConfig(subgraphs, file.path));
});

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.close();
  file?.remove();
});

const hs256 = (claims: Record<string, unknown>, secret = TEST_AUTH_SECRET) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('identity reaching the subgraphs', () => {
  it('lets an anonymous caller through as nobody, with a fresh request id', async () => {
    const before = subgraphs.alphaContexts.length;
    const res = await postGraphql(gateway.url, WHOAMI);

    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const whoami = res.body.data?.whoami;
    expect(whoami).toEqual({
      anonymous: true,
      sub: null,
      role: null,
      region: null,
      org: null,
      member: null,
      perms: [],
      requestId: expect.any(String),
    });
    expect(isId(whoami.requestId)).toBe(true);
    expect(res.headers.get('x-request-id')).toBe(whoami.requestId);
    expect(subgraphs.alphaContexts.slice(before)).toEqual([{ identity: null, requestId: whoami.requestId }]);
  });

  it('forwards the verified caller and the incoming request id, but never the bearer token', async () => {
    const token = await issueDevToken(
      { role: 'FEDERATION_ADMIN', region: '4401', perms: ['pii:read'], sub: 'alice' },
      TEST_AUTH_SECRET,
      '1h',
    );
    const requestId = randomUUID();
    const before = subgraphs.alphaHeaders.length;
    const res = await postGraphql(gateway.url, WHOAMI, { ...bearer(token), 'x-request-id': requestId });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: {
        whoami: {
          anonymous: false,
          sub: 'alice',
          role: 'FEDERATION_ADMIN',
          region: '4401',
          org: null,
          member: null,
          perms: ['pii:read'],
          requestId,
        },
      },
    });
    expect(subgraphs.alphaContexts.at(-1)).toEqual({
      identity: { sub: 'alice', role: 'FEDERATION_ADMIN', region: '4401', perms: ['pii:read'] },
      requestId,
    });
    const sent = subgraphs.alphaHeaders.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].authorization).toBeUndefined();
    expect(sent[0][CONTEXT_HEADER]).toEqual(expect.any(String));
    expect(sent[0][CONTEXT_HEADER]).not.toBe(token);
  });

  it('signs the context once per client request and shares it between the subgraphs it fetches from', async () => {
    const token = await issueDevToken({ role: 'AUDITOR', region: '44' }, TEST_AUTH_SECRET);
    const contextsOf = async () => {
      const [a, b] = [subgraphs.alphaHeaders.length, subgraphs.betaHeaders.length];
      const res = await postGraphql(gateway.url, '{ whoami { sub } betaPing }', bearer(token));
      expect(res.body.errors).toBeUndefined();
      return [...subgraphs.alphaHeaders.slice(a), ...subgraphs.betaHeaders.slice(b)].map(
        (h) => h[CONTEXT_HEADER],
      );
    };
    const first = await contextsOf();
    expect(first).toHaveLength(2);
    expect(first[0]).toEqual(expect.any(String));
    expect(first[1]).toBe(first[0]);
    const second = await contextsOf();
    expect(second[0]).not.toBe(first[0]);
  });

  it('replaces an incoming request id that is not a uuid', async () => {
    const res = await postGraphql(gateway.url, WHOAMI, { 'x-request-id': "1'; DROP TABLE audit --" });
    expect(res.status).toBe(200);
    expect(isId(res.body.data?.whoami.requestId)).toBe(true);
  });

  it('gives MEMBER tokens their member and ORG_ADMIN tokens their org, and accepts `perm` for `perms`', async () => {
    const member = await issueDevToken({ role: 'MEMBER', member: 'm-1' }, TEST_AUTH_SECRET);
    const admin = await hs256({ sub: 'bob', role: 'ORG_ADMIN', org: 'o-7', perm: 'pii:read' });
    const asMember = await postGraphql(gateway.url, WHOAMI, bearer(member));
    const asAdmin = await postGraphql(gateway.url, WHOAMI, bearer(admin));
    expect(asMember.body.data?.whoami).toMatchObject({
      sub: 'dev-member',
      role: 'MEMBER',
      member: 'm-1',
    });
    expect(asMember.body.data?.whoami.org).toBeNull();
    expect(asAdmin.body.data?.whoami).toMatchObject({
      sub: 'bob',
      role: 'ORG_ADMIN',
      org: 'o-7',
      perms: ['pii:read'],
    });
  });
});

describe('tokens the gateway refuses with 401 UNAUTHENTICATED', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const cases: [string, () => Promise<string>, string][] = [
    [
      'expired',
      () =>
        new SignJWT({ sub: 'a', role: 'AUDITOR', region: '44' })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuedAt(now() - 7200)
          .setExpirationTime(now() - 3600)
          .sign(new TextEncoder().encode(TEST_AUTH_SECRET)),
      'Bearer token has expired',
    ],
    ['malformed', async () => 'not-a.jwt', 'Bearer token is malformed'],
    [
      'truncated',
      async () => (await hs256({ sub: 'a', role: 'AUDITOR', region: '44' })).split('.').slice(0, 2).join('.'),
      'Bearer token is malformed',
    ],
    [
      'signed with another secret',
      () => hs256({ sub: 'a', role: 'AUDITOR', region: '44' }, 'another-secret-0123456789abcdefghijkl'),
      'Bearer token signature is invalid',
    ],
    [
      'unsigned (alg none)',
      async () =>
        `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ sub: 'a', role: 'AUDITOR', region: '44', exp: now() + 600 })}.`,
      'Bearer token algorithm is not accepted',
    ],
    [
      'RS256 while only a secret is configured',
      async () =>
        `${b64url({ alg: 'RS256' })}.${b64url({ sub: 'a', role: 'AUDITOR', region: '44', exp: now() + 600 })}.c2ln`,
      'Bearer token algorithm is not accepted',
    ],
    [
      'without expiry',
      () =>
        new SignJWT({ sub: 'a', role: 'AUDITOR', region: '44' })
          .setProtectedHeader({ alg: 'HS256' })
          .sign(new TextEncoder().encode(TEST_AUTH_SECRET)),
      'Bearer token claim exp is missing or invalid',
    ],
    [
      'with an unknown role',
      () => hs256({ sub: 'a', role: 'ROOT' }),
      'Bearer token rejected: role must be one of',
    ],
    [
      'FEDERATION_ADMIN without region',
      () => hs256({ sub: 'a', role: 'FEDERATION_ADMIN' }),
      'Bearer token rejected: role FEDERATION_ADMIN requires the region claim',
    ],
    [
      'AUDITOR with a malformed region',
      () => hs256({ sub: 'a', role: 'AUDITOR', region: '4' }),
      'Bearer token rejected: region is not a valid region code',
    ],
    [
      'ORG_ADMIN without org',
      () => hs256({ sub: 'a', role: 'ORG_ADMIN' }),
      'Bearer token rejected: role ORG_ADMIN requires the org claim',
    ],
    [
      'MEMBER without member',
      () => hs256({ sub: 'a', role: 'MEMBER' }),
      'Bearer token rejected: role MEMBER requires the member claim',
    ],
    ['without subject', () => hs256({ role: 'AUDITOR', region: '44' }), 'Bearer token rejected: no subject'],
    [
      'claiming the internal SERVICE role (province-wide reads, full ID numbers with pii:read)',
      () => hs256({ sub: 'integrator', role: 'SERVICE', perms: ['pii:read'] }),
      'Bearer token rejected: role must be one of MEMBER, ORG_ADMIN, FEDERATION_ADMIN, AUDITOR',
    ],
    [
      'MEMBER naming an organization (it would read another union`s contracts)',
      () => hs256({ sub: 'a', role: 'MEMBER', member: 'm-1', org: 'o-other' }),
      'Bearer token rejected: a MEMBER token may not carry an org claim',
    ],
    [
      'with perms that are not a list of names',
      () => hs256({ sub: 'a', role: 'AUDITOR', region: '44', perms: [1, 2] }),
      'Bearer token rejected: claim perms must be a list',
    ],
  ];

  it.each(cases)('%s', async (_name, makeToken, reason) => {
    const token = await makeToken();
    const before = subgraphs.alphaContexts.length;
    const res = await postGraphql(gateway.url, WHOAMI, bearer(token));

    expect(res.status).toBe(401);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toEqual([
      { message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } },
    ]);
    expect(res.body.errors?.[0].message.startsWith(reason)).toBe(true);
    expect(res.headers.get('x-request-id')).toEqual(expect.any(String));
    for (const part of token.split('.').filter((p) => p.length > 3)) expect(res.text).not.toContain(part);
    expect(subgraphs.alphaContexts.length).toBe(before);
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const res = await postGraphql(gateway.url, WHOAMI, { authorization: 'Basic YWxpY2U6c2VjcmV0' });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]).toEqual({
      message: "Authorization header must be 'Bearer <token>'",
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(res.text).not.toContain('YWxpY2U6c2VjcmV0');
  });
});
