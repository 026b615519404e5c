import type { AuthOutcome, Identity, Logger } from '@union/kit';
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  importSPKI,
  importX509,
  jwtVerify,
  type JWTVerifyGetKey,
  type KeyLike,
} from 'jose';
import type { BearerAuthConfig } from '../config';
import { identityFromClaims } from './claims';

/** Anonymous callers verify to `null`; subgraphs decide which fields they may reach. */
export type BearerOutcome = AuthOutcome<Identity | null>;

export interface BearerVerifier {
  verify(authorization: string | undefined): Promise<BearerOutcome>;
}

const BEARER = /^Bearer[ \t]+([A-Za-z0-9\-_.~+/]+=*)[ \t]*$/i;
// Tokens from another machine may be a few seconds ahead; more would let stale tokens through.
const CLOCK_TOLERANCE_SECONDS = 5;

/**
 * Verifies `Authorization: Bearer <JWT>` (docs/architecture.md §3.1). Each algorithm is bound to its own key —
 * HS256 only ever to AUTH_SECRET, RS256 only ever to the public key / JWKS — so a token cannot pick
 * the key it is checked with (alg confusion), and `none` is never among the allowed algorithms.
 */
export async function createBearerVerifier(auth: BearerAuthConfig, logger: Logger): Promise<BearerVerifier> {
  const hmacKey = auth.secret ? new TextEncoder().encode(auth.secret) : undefined;
  const publicKey = auth.publicKeyPem ? await importPublicKey(auth.publicKeyPem) : undefined;
  const jwks = auth.jwksUrl
    ? createRemoteJWKSet(new URL(auth.jwksUrl), { timeoutDuration: 3000, cooldownDuration: 30_000 })
    : undefined;
  const algorithms = [...(hmacKey ? ['HS256'] : []), ...(publicKey || jwks ? ['RS256'] : [])];
  if (algorithms.length === 0)
    throw new Error('No bearer token key configured (AUTH_SECRET, AUTH_PUBLIC_KEY or AUTH_JWKS_URL)');

  const keyFor: JWTVerifyGetKey = async (header, token) => {
    if (header.alg === 'HS256' && hmacKey) return hmacKey;
    if (header.alg === 'RS256') {
      // A kid names a key in the set; without one the configured PEM is the key.
      if (jwks && (header.kid || !publicKey)) return jwks(header, token);
      if (publicKey) return publicKey;
    }
    throw new errors.JOSEAlgNotAllowed('algorithm not accepted');
  };

  const verifyOptions = {
    algorithms,
    requiredClaims: ['exp'],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    ...(auth.issuer ? { issuer: auth.issuer } : {}),
    ...(auth.audience ? { audience: auth.audience } : {}),
  };
  // During an AUTH_SECRET rotation tokens signed with an accepted secret still verify (HS256 only).
  const acceptedKeys = hmacKey ? (auth.acceptedSecrets ?? []).map((s) => new TextEncoder().encode(s)) : [];
  const verifyJwt = async (jwt: string) => {
    try {
      return await jwtVerify(jwt, keyFor, verifyOptions);
    } catch (error) {
      const rotating = acceptedKeys.length > 0 && decodeProtectedHeader(jwt).alg === 'HS256';
      if (!(error instanceof errors.JWSSignatureVerificationFailed) || !rotating) throw error;
      for (const key of acceptedKeys) {
        try {
          return await jwtVerify(jwt, key, { ...verifyOptions, algorithms: ['HS256'] });
        } catch (retry) {
          if (!(retry instanceof errors.JWSSignatureVerificationFailed)) throw retry;
        }
      }
      throw error;
    }
  };

  return {
    async verify(authorization) {
      if (authorization === undefined || authorization.trim() === '') return { ok: true, value: null };
      const match = BEARER.exec(authorization);
      if (!match) return { ok: false, message: "Authorization header must be 'Bearer <token>'" };
      try {
        const { payload } = await verifyJwt(match[1]!);
        const identity = identityFromClaims(payload);
        return identity.ok
          ? { ok: true, value: identity.value }
          : { ok: false, message: `Bearer token rejected: ${identity.reason}` };
      } catch (error) {
        return { ok: false, message: describeFailure(error, logger) };
      }
    },
  };
}

async function importPublicKey(pem: string): Promise<KeyLike> {
  try {
    return pem.includes('BEGIN CERTIFICATE')
      ? await importX509(pem, 'RS256')
      : await importSPKI(pem, 'RS256');
  } catch {
    throw new Error('AUTH_PUBLIC_KEY is not an RSA public key (SPKI PEM) or X.509 certificate');
  }
}

/* The caller learns why, in words of our own: jose messages can quote header or claim values. */
function describeFailure(error: unknown, logger: Logger): string {
  if (error instanceof errors.JWTExpired) return 'Bearer token has expired';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'Bearer token algorithm is not accepted';
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys
  ) {
    return 'Bearer token signature is invalid';
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'Bearer token is not valid yet';
    return `Bearer token claim ${safeClaimName(error.claim)} is missing or invalid`;
  }
  if (
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JOSENotSupported
  ) {
    return 'Bearer token is malformed';
  }
  // Our side failed (e.g. the JWKS endpoint is down): the operator needs to know, the caller gets a 401.
  logger.warn(
    { err: { name: (error as Error)?.name, message: (error as Error)?.message } },
    'bearer token verification failed',
  );
  return 'Bearer token could not be verified';
}

function safeClaimName(claim: string): string {
  return /^[a-z]{2,16}$/i.test(claim) ? claim : 'unknown';
}
