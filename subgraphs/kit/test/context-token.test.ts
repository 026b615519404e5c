import { SignJWT, UnsecuredJWT, decodeJwt } from 'jose';
import {
  createContextVerifier,
  parseIdentity,
  signContextToken,
  verifyContextToken,
  type Identity,
} from '../src';

const SECRET = 'context-token-test-secret-0123456789abcdef';
const key = new TextEncoder().encode(SECRET);

const admin: Identity = { sub: 'u-1', role: 'FEDERATION_ADMIN', region: '4401', perms: ['pii:read'] };

/** A token shaped like the kit's own, with any claim overridable, to probe the verifier's checks. */
function craft(overrides: { iss?: string; aud?: string; iat?: number; exp?: number; idn?: unknown } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ idn: 'idn' in overrides ? overrides.idn : admin, rid: 'req-x' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(overrides.iss ?? 'union-gateway')
    .setAudience(overrides.aud ?? 'union-subgraph')
    .setIssuedAt(overrides.iat ?? now - 30)
    .setExpirationTime(overrides.exp ?? now + 60)
    .sign(key);
}

describe('signContextToken / verifyContextToken', () => {
  it('round-trips the identity and the request id', async () => {
    const token = await signContextToken({ identity: admin, requestId: 'req-1' }, SECRET);
    await expect(verifyContextToken(token, SECRET)).resolves.toEqual({ identity: admin, requestId: 'req-1' });
  });

  it('carries an anonymous caller as a null identity (still a valid context)', async () => {
    const token = await signContextToken({ identity: null, requestId: 'req-2' }, SECRET);
    await expect(verifyContextToken(token, SECRET)).resolves.toEqual({ identity: null, requestId: 'req-2' });
  });

  it('is short-lived: the default expiry is one minute after issue', async () => {
    const claims = decodeJwt(await signContextToken({ identity: admin, requestId: 'r' }, SECRET));
    expect(claims.exp! - claims.iat!).toBe(60);
  });

  it('accepts a token crafted with the right issuer, audience and key (sanity check of craft())', async () => {
    await expect(verifyContextToken(await craft(), SECRET)).resolves.toEqual({
      identity: admin,
      requestId: 'req-x',
    });
  });

  it.each([undefined, '', 'not-a-jwt', 'a.b.c'])('rejects a missing or malformed token %p', async (token) => {
    await expect(verifyContextToken(token, SECRET)).resolves.toBeNull();
  });

  it('rejects a token signed with another secret', async () => {
    const token = await signContextToken(
      { identity: admin, requestId: 'r' },
      'some-other-secret-0123456789abcdef',
    );
    await expect(verifyContextToken(token, SECRET)).resolves.toBeNull();
  });

  it('rejects an expired token', async () => {
    const expired = await craft({ exp: Math.floor(Date.now() / 1000) - 5 });
    await expect(verifyContextToken(expired, SECRET)).resolves.toBeNull();
  });

  it('rejects a token once its ttl has passed', async () => {
    const token = await signContextToken({ identity: admin, requestId: 'r' }, SECRET, 1);
    await expect(verifyContextToken(token, SECRET)).resolves.not.toBeNull();
    await new Promise((r) => setTimeout(r, 2100));
    await expect(verifyContextToken(token, SECRET)).resolves.toBeNull();
  });

  it('rejects a validly signed token made to live longer than two minutes (a leaked header stays short)', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expect(verifyContextToken(await craft({ iat: now, exp: now + 3600 }), SECRET)).resolves.toBeNull();
    await expect(verifyContextToken(await craft({ iat: now, exp: now + 121 }), SECRET)).resolves.toBeNull();
    await expect(
      verifyContextToken(await craft({ iat: now, exp: now + 120 }), SECRET),
    ).resolves.not.toBeNull();
    // An operator may lower the maximum; a token within the default then fails too.
    await expect(
      verifyContextToken(await craft({ iat: now, exp: now + 90 }), SECRET, { maxLifetimeSeconds: 60 }),
    ).resolves.toBeNull();
  });

  it('accepts a token signed with a secret accepted during a rotation, and no other', async () => {
    const next = 'the-next-subgraph-secret-0123456789abcdef';
    const signedWithNext = await signContextToken({ identity: admin, requestId: 'r' }, next);
    await expect(verifyContextToken(signedWithNext, SECRET)).resolves.toBeNull();
    await expect(
      verifyContextToken(signedWithNext, SECRET, { acceptedSecrets: [next] }),
    ).resolves.toMatchObject({ identity: admin });
    const signedWithCurrent = await signContextToken({ identity: admin, requestId: 'r' }, SECRET);
    await expect(
      verifyContextToken(signedWithCurrent, SECRET, { acceptedSecrets: [next] }),
    ).resolves.toMatchObject({ identity: admin });
    const forged = await signContextToken({ identity: admin, requestId: 'r' }, 'x'.repeat(40));
    await expect(verifyContextToken(forged, SECRET, { acceptedSecrets: [next] })).resolves.toBeNull();
  });

  it('refuses to sign a context token for longer than the maximum lifetime', async () => {
    await expect(signContextToken({ identity: admin, requestId: 'r' }, SECRET, 3600)).rejects.toThrow(
      'at most 120 s',
    );
  });

  it('rejects a tampered payload (role escalated, signature kept)', async () => {
    const token = await signContextToken(
      { identity: { sub: 'm', role: 'MEMBER', member: 'm', perms: [] }, requestId: 'r' },
      SECRET,
    );
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    claims.idn.role = 'SERVICE';
    const forged = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
    await expect(verifyContextToken(forged, SECRET)).resolves.toBeNull();
  });

  it('rejects an unsigned token (alg none)', async () => {
    const unsigned = new UnsecuredJWT({ idn: { sub: 's', role: 'SERVICE', perms: [] }, rid: 'r' })
      .setIssuer('union-gateway')
      .setAudience('union-subgraph')
      .setExpirationTime('1m')
      .encode();
    await expect(verifyContextToken(unsigned, SECRET)).resolves.toBeNull();
  });

  it('rejects a token for another audience or from another issuer', async () => {
    await expect(verifyContextToken(await craft({ aud: 'union-gateway' }), SECRET)).resolves.toBeNull();
    await expect(verifyContextToken(await craft({ iss: 'someone-else' }), SECRET)).resolves.toBeNull();
  });

  it('rejects a signed token whose identity claim is not an identity (or is missing)', async () => {
    await expect(
      verifyContextToken(await craft({ idn: { sub: 'x', role: 'ROOT' } }), SECRET),
    ).resolves.toBeNull();
    await expect(verifyContextToken(await craft({ idn: 'SERVICE' }), SECRET)).resolves.toBeNull();
    await expect(verifyContextToken(await craft({ idn: undefined }), SECRET)).resolves.toBeNull();
  });
});

describe('parseIdentity', () => {
  it('keeps the known claims', () => {
    expect(parseIdentity({ sub: 'a', role: 'ORG_ADMIN', org: 'o-1', perms: ['pii:read'], extra: 1 })).toEqual(
      {
        sub: 'a',
        role: 'ORG_ADMIN',
        org: 'o-1',
        perms: ['pii:read'],
      },
    );
  });

  it.each([['ROOT'], ['admin'], ['member'], [undefined], [42]])('rejects the unknown role %p', (role) => {
    expect(parseIdentity({ sub: 'a', role, perms: [] })).toBeNull();
  });

  it('rejects a missing or non-string subject and non-objects', () => {
    expect(parseIdentity({ role: 'MEMBER', member: 'm' })).toBeNull();
    expect(parseIdentity({ sub: 7, role: 'MEMBER' })).toBeNull();
    expect(parseIdentity(null)).toBeNull();
    expect(parseIdentity('SERVICE')).toBeNull();
  });

  it('filters out non-string permissions and defaults perms to []', () => {
    expect(
      parseIdentity({ sub: 'a', role: 'AUDITOR', perms: ['pii:read', 1, null, { p: 1 }, 'x'] })?.perms,
    ).toEqual(['pii:read', 'x']);
    expect(parseIdentity({ sub: 'a', role: 'AUDITOR', perms: 'pii:read' })?.perms).toEqual([]);
  });

  it('drops empty or non-string region/org/member so they cannot widen scope', () => {
    const parsed = parseIdentity({
      sub: 'a',
      role: 'FEDERATION_ADMIN',
      region: '',
      org: 5,
      member: null,
      perms: [],
    });
    expect(parsed).toEqual({ sub: 'a', role: 'FEDERATION_ADMIN', perms: [] });
  });
});

describe('createContextVerifier (one subgraph remembers the tokens that verified)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('answers a repeated token with the same claims, a fresh copy each time', async () => {
    const verify = createContextVerifier(SECRET);
    const token = await signContextToken({ identity: admin, requestId: 'req-r' }, SECRET);
    const first = await verify(token);
    expect(first).toEqual({ identity: admin, requestId: 'req-r' });
    first!.identity!.role = 'MEMBER';
    first!.identity!.perms.push('everything');
    await expect(verify(token)).resolves.toEqual({ identity: admin, requestId: 'req-r' });
  });

  it('still refuses a tampered copy, another secret, and nothing at all after a valid token was remembered', async () => {
    const verify = createContextVerifier(SECRET);
    const token = await signContextToken({ identity: admin, requestId: 'req-t' }, SECRET);
    await expect(verify(token)).resolves.not.toBeNull();
    const [head, body, signature] = token.split('.');
    const flipped = `${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(verify(`${head}.${body}.${flipped}`)).resolves.toBeNull();
    const other = await signContextToken({ identity: admin, requestId: 'req-t' }, `${SECRET}-other`);
    await expect(verify(other)).resolves.toBeNull();
    await expect(verify(undefined)).resolves.toBeNull();
  });

  it('forgets a token once it expires: it is refused like any expired token', async () => {
    const verify = createContextVerifier(SECRET);
    const token = await signContextToken({ identity: admin, requestId: 'req-e' }, SECRET, 5);
    await expect(verify(token)).resolves.not.toBeNull();
    const exp = decodeJwt(token).exp!;
    // Only the clock moves (Date), so jose and the memory see the same instant.
    jest.useFakeTimers({
      doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'setTimeout', 'setInterval', 'clearTimeout'],
    });
    try {
      jest.setSystemTime(exp * 1000 - 1000);
      await expect(verify(token)).resolves.not.toBeNull();
      jest.setSystemTime(exp * 1000 + 1);
      await expect(verify(token)).resolves.toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps the lifetime and identity checks of verifyContextToken', async () => {
    const verify = createContextVerifier(SECRET, { maxLifetimeSeconds: 60 });
    const now = Math.floor(Date.now() / 1000);
    await expect(verify(await craft({ iat: now, exp: now + 90 }))).resolves.toBeNull();
    await expect(verify(await craft({ idn: { sub: 'x', role: 'KING' } }))).resolves.toBeNull();
  });
});
