import { createLogger } from '@union/kit';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { createBearerVerifier, identityFromClaims, issueDevToken } from '../src';

const SECRET = 'unit-test-secret-0123456789abcdefghijkl';
const logger = createLogger('test', 'silent');

describe('issueDevToken', () => {
  it('issues a token the gateway verifies, with sub derived from the role', async () => {
    const verifier = await createBearerVerifier({ secret: SECRET }, logger);
    const token = await issueDevToken(
      { role: 'FEDERATION_ADMIN', region: '4401', perms: ['pii:read'] },
      SECRET,
      '1h',
    );
    expect(await verifier.verify(`Bearer ${token}`)).toEqual({
      ok: true,
      value: { sub: 'dev-federation-admin', role: 'FEDERATION_ADMIN', region: '4401', perms: ['pii:read'] },
    });
  });

  it('sets the lifetime it was given', async () => {
    const token = await issueDevToken({ role: 'AUDITOR', region: '44' }, SECRET, { ttl: '30m' });
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(payload.exp - payload.iat).toBe(1800);
  });

  it('refuses claims the gateway would refuse, and nonsense lifetimes', async () => {
    await expect(issueDevToken({ role: 'ORG_ADMIN' }, SECRET)).rejects.toThrow(
      'role ORG_ADMIN requires the org claim',
    );
    await expect(issueDevToken({ role: 'AUDITOR', region: '9' }, SECRET)).rejects.toThrow(
      'region is not a valid region code',
    );
    await expect(issueDevToken({ role: 'AUDITOR', region: '44' }, SECRET, 'forever')).rejects.toThrow(
      'Invalid ttl',
    );
    await expect(issueDevToken({ role: 'SERVICE' as never }, SECRET)).rejects.toThrow('role must be one of');
    await expect(issueDevToken({ role: 'MEMBER', member: 'm', org: 'o' }, SECRET)).rejects.toThrow(
      'may not carry an org claim',
    );
  });
});

describe('an AUTH_SECRET rotation', () => {
  const NEXT = 'the-next-auth-secret-0123456789abcdefghij';
  it('accepts tokens signed with an accepted secret besides the current one, and nothing else', async () => {
    const verifier = await createBearerVerifier({ secret: SECRET, acceptedSecrets: [NEXT] }, logger);
    const claims = { role: 'AUDITOR', region: '44' } as const;
    for (const key of [SECRET, NEXT]) {
      const outcome = await verifier.verify(`Bearer ${await issueDevToken(claims, key)}`);
      expect(outcome).toMatchObject({ ok: true, value: { role: 'AUDITOR' } });
    }
    const stranger = await issueDevToken(claims, 'a-third-secret-nobody-accepts-0123456789');
    expect(await verifier.verify(`Bearer ${stranger}`)).toEqual({
      ok: false,
      message: 'Bearer token signature is invalid',
    });
    const alone = await createBearerVerifier({ secret: SECRET }, logger);
    expect((await alone.verify(`Bearer ${await issueDevToken(claims, NEXT)}`)).ok).toBe(false);
  });
});

describe('identityFromClaims', () => {
  it('merges `perm` into `perms` and drops duplicates', () => {
    expect(
      identityFromClaims({ sub: 's', role: 'AUDITOR', region: '44', perms: ['a'], perm: ['a', 'b'] }),
    ).toEqual({
      ok: true,
      value: { sub: 's', role: 'AUDITOR', region: '44', perms: ['a', 'b'] },
    });
  });

  it('refuses SERVICE, which only a subgraph signs for its own look-ups', () => {
    expect(identityFromClaims({ sub: 's', role: 'SERVICE', perms: ['pii:read'] })).toEqual({
      ok: false,
      reason: 'role must be one of MEMBER, ORG_ADMIN, FEDERATION_ADMIN, AUDITOR',
    });
  });

  it("refuses an org claim on a MEMBER token: the member's organization comes from the register", () => {
    expect(identityFromClaims({ sub: 's', role: 'MEMBER', member: 'm-1', org: 'o-1' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('may not carry an org claim'),
    });
  });

  it('refuses non-string scope claims rather than ignoring them', () => {
    expect(identityFromClaims({ sub: 's', role: 'ORG_ADMIN', org: 42 })).toEqual({
      ok: false,
      reason: 'claim org must be a non-empty string',
    });
  });
});

describe('createBearerVerifier with both a secret and a public key', () => {
  it('checks HS256 only against the secret, so the public key cannot be used as an HMAC secret', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const publicKeyPem = await exportSPKI(publicKey);
    const verifier = await createBearerVerifier({ secret: SECRET, publicKeyPem }, logger);
    const claims = { sub: 's', role: 'AUDITOR', region: '44' };

    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(publicKeyPem));
    const rs = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256' })
      .setExpirationTime('5m')
      .sign(privateKey);
    const hs = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(SECRET));
    const es = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256' })
      .setExpirationTime('5m')
      .sign((await generateKeyPair('ES256')).privateKey);

    expect(await verifier.verify(`Bearer ${forged}`)).toEqual({
      ok: false,
      message: 'Bearer token signature is invalid',
    });
    expect(await verifier.verify(`Bearer ${rs}`)).toMatchObject({ ok: true, value: { sub: 's' } });
    expect(await verifier.verify(`bearer ${hs}`)).toMatchObject({ ok: true, value: { sub: 's' } });
    expect(await verifier.verify(`Bearer ${es}`)).toEqual({
      ok: false,
      message: 'Bearer token algorithm is not accepted',
    });
  });

  it('treats a missing or blank header as anonymous', async () => {
    const verifier = await createBearerVerifier({ secret: SECRET }, logger);
    expect(await verifier.verify(undefined)).toEqual({ ok: true, value: null });
    expect(await verifier.verify('  ')).toEqual({ ok: true, value: null });
    expect(await verifier.verify('Bearer')).toEqual({
      ok: false,
      message: "Authorization header must be 'Bearer <token>'",
    });
  });

  it('refuses to start with a public key that is not one', async () => {
    await expect(
      createBearerVerifier(
        { publicKeyPem: '-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----' },
        logger,
      ),
    ).rejects.toThrow('AUTH_PUBLIC_KEY is not an RSA public key');
  });

  it('answers 401 material, not a crash, when the JWKS endpoint is down', async () => {
    const verifier = await createBearerVerifier({ jwksUrl: 'http://127.0.0.1:9/jwks.json' }, logger);
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ sub: 's', role: 'AUDITOR', region: '44' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(await verifier.verify(`Bearer ${token}`)).toEqual({
      ok: false,
      message: 'Bearer token could not be verified',
    });
  });
});
