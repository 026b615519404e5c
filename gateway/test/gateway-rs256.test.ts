import { DEV_SECRETS } from '@union/kit';
import Fastify, { type FastifyInstance } from 'fastify';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { issueDevToken } from '../src';
import { bearer, postGraphql } from './support/graphql-client';
import { startGateway, testConfig, type RunningGateway } from './support/gateway-harness';
import { composeTestSupergraph, writeSupergraphFile, type SupergraphFile } from './support/supergraph';
import { startTestSubgraphs, TEST_SUBGRAPH_SECRET, type TestSubgraphs } from './support/test-subgraphs';

const WHOAMI = '{ whoami { anonymous sub role region } }';
const ISSUER = 'https://sso.example.gd.gov.cn';
const AUDIENCE = 'union-graph';

let subgraphs: TestSubgraphs;
let file: SupergraphFile;
let jwksServer: FastifyInstance;
let withPem: RunningGateway;
let withJwks: RunningGateway;
let keys: { privateKey: KeyLike; publicKey: KeyLike };
let otherKeys: { privateKey: KeyLike; publicKey: KeyLike };
let publicPem: string;

/* Production settings: keys only, so HS256 is switched off altogether. */
const productionEnv = (auth: NodeJS.ProcessEnv) => ({
  NODE_ENV: 'production',
  AUTH_SECRET: undefined,
  SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET,
  AUTH_ISSUER: ISSUER,
  AUTH_AUDIENCE: AUDIENCE,
  ...auth,
});

beforeAll(async () => {
  keys = await generateKeyPair('RS256');
  otherKeys = await generateKeyPair('RS256');
  publicPem = await exportSPKI(keys.publicKey);

  jwksServer = Fastify();
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
  jwksServer.get('/.well-known/jwks.json', async () => ({ keys: [jwk] }));
  const jwksUrl = `${await jwksServer.listen({ port: 0, host: '127.0.0.1' })}/.well-known/jwks.json`;

  subgraphs = await startTestSubgraphs();
  file = writeSupergraphFile(composeTestSupergraph());
  withPem = await startGateway(
    testConfig(subgraphs, file.path, productionEnv({ AUTH_PUBLIC_KEY: publicPem })),
  );
  withJwks = await startGateway(testConfig(subgraphs, file.path, productionEnv({ AUTH_JWKS_URL: jwksUrl })));
});

afterAll(async () => {
  await withPem?.stop();
  await withJwks?.stop();
  await subgraphs?.close();
  await jwksServer?.close();
  file?.remove();
});

function rs256(
  privateKey: KeyLike,
  claims: Record<string, unknown> = {},
  header: Record<string, unknown> = {},
) {
  return new SignJWT({ sub: 'carol', role: 'AUDITOR', region: '44', ...claims })
    .setProtectedHeader({ alg: 'RS256', ...header })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(privateKey);
}

const CAROL = { anonymous: false, sub: 'carol', role: 'AUDITOR', region: '44' };

describe('RS256 with a configured public key', () => {
  it('accepts a token signed by the matching private key', async () => {
    const res = await postGraphql(withPem.url, WHOAMI, bearer(await rs256(keys.privateKey)));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { whoami: CAROL } });
  });

  it('refuses a token signed by another key', async () => {
    const res = await postGraphql(withPem.url, WHOAMI, bearer(await rs256(otherKeys.privateKey)));
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]).toEqual({
      message: 'Bearer token signature is invalid',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses HS256 signed with the public key as secret (alg confusion)', async () => {
    const forged = await new SignJWT({ sub: 'mallory', role: 'AUDITOR', region: '44' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(publicPem));
    const res = await postGraphql(withPem.url, WHOAMI, bearer(forged));
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('refuses dev HS256 tokens once only keys are configured', async () => {
    const dev = await issueDevToken({ role: 'AUDITOR', region: '44' }, DEV_SECRETS.AUTH_SECRET, {
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    const res = await postGraphql(withPem.url, WHOAMI, bearer(dev));
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].message).toBe('Bearer token algorithm is not accepted');
  });

  it('checks issuer and audience', async () => {
    const signed = (issuer: string, audience: string) =>
      new SignJWT({ sub: 'carol', role: 'AUDITOR', region: '44' })
        .setProtectedHeader({ alg: 'RS256' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setExpirationTime('10m')
        .sign(keys.privateKey);
    const wrongIssuer = await signed('https://elsewhere.example', AUDIENCE);
    const wrongAudience = await signed(ISSUER, 'another-api');
    const byIssuer = await postGraphql(withPem.url, WHOAMI, bearer(wrongIssuer));
    const byAudience = await postGraphql(withPem.url, WHOAMI, bearer(wrongAudience));
    expect([byIssuer.status, byAudience.status]).toEqual([401, 401]);
    expect(byIssuer.body.errors?.[0].message).toBe('Bearer token claim iss is missing or invalid');
    expect(byAudience.body.errors?.[0].message).toBe('Bearer token claim aud is missing or invalid');
  });

  it('turns introspection off in production', async () => {
    const res = await postGraphql(withPem.url, '{ __schema { queryType { name } } }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('RS256 through a JWKS endpoint', () => {
  it('accepts a token whose kid is in the key set', async () => {
    const res = await postGraphql(
      withJwks.url,
      WHOAMI,
      bearer(await rs256(keys.privateKey, {}, { kid: 'key-1' })),
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { whoami: CAROL } });
  });

  it('refuses a token whose kid is unknown', async () => {
    const res = await postGraphql(
      withJwks.url,
      WHOAMI,
      bearer(await rs256(otherKeys.privateKey, {}, { kid: 'key-2' })),
    );
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]).toEqual({
      message: 'Bearer token signature is invalid',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses a token that claims a listed kid but was signed by another key', async () => {
    const res = await postGraphql(
      withJwks.url,
      WHOAMI,
      bearer(await rs256(otherKeys.privateKey, {}, { kid: 'key-1' })),
    );
    expect(res.status).toBe(401);
  });

  it('still lets anonymous callers through', async () => {
    const res = await postGraphql(withJwks.url, WHOAMI);
    expect(res.body).toEqual({ data: { whoami: { anonymous: true, sub: null, role: null, region: null } } });
  });
});
