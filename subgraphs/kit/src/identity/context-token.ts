import { SignJWT, jwtVerify } from 'jose';
import { ROLES, type Identity, type Role } from './identity';

/** Header carrying the gateway-signed identity to subgraphs (docs/architecture.md §3.3). */
export const CONTEXT_HEADER = 'x-union-context';
const ISSUER = 'union-gateway';
const AUDIENCE = 'union-subgraph';
const DEFAULT_TTL_SECONDS = 60;
/**
 * The longest lifetime (exp − iat) a context token may have, whoever signed it: a leaked header is
 * then worth minutes, not hours. A token signed for longer is refused even before it expires.
 */
export const MAX_CONTEXT_LIFETIME_SECONDS = 120;

export interface ContextClaims {
  identity: Identity | null;
  requestId: string;
}

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Signs the verified caller for one hop gateway → subgraph (or subgraph → subgraph as SERVICE). */
export async function signContextToken(
  claims: ContextClaims,
  secret: string,
  ttlSeconds = DEFAULT_TTL_SECONDS,
): Promise<string> {
  if (ttlSeconds > MAX_CONTEXT_LIFETIME_SECONDS) {
    throw new Error(`A context token lives at most ${MAX_CONTEXT_LIFETIME_SECONDS} s`);
  }
  return new SignJWT({ idn: claims.identity, rid: claims.requestId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(keyOf(secret));
}

/** How a subgraph checks the context tokens it receives. */
export interface ContextVerification {
  /** Tokens signed to live longer (exp − iat) are refused; default and ceiling 120 s. */
  maxLifetimeSeconds?: number;
  /**
   * Secrets accepted besides the signing one, while SUBGRAPH_SECRET is rotated: every process
   * first accepts the new secret, then signs with it, then stops accepting the old one.
   */
  acceptedSecrets?: readonly string[];
}

/**
 * Verifies an x-union-context token; returns null when it is missing, forged, expired, malformed or
 * signed to live longer than the maximum lifetime.
 */
export async function verifyContextToken(
  token: string | undefined,
  secret: string,
  verification: ContextVerification = {},
): Promise<ContextClaims | null> {
  return (await verifiedClaims(token, secret, verification))?.claims ?? null;
}

/* The claims of a valid token and its expiry (seconds since the epoch). */
async function verifiedClaims(
  token: string | undefined,
  secret: string,
  verification: ContextVerification,
): Promise<{ claims: ContextClaims; exp: number } | null> {
  if (!token) return null;
  const maxLifetimeSeconds = verification.maxLifetimeSeconds ?? MAX_CONTEXT_LIFETIME_SECONDS;
  try {
    const payload = await verifiedPayload(token, [secret, ...(verification.acceptedSecrets ?? [])]);
    if (!payload) return null;
    if (payload.exp! - payload.iat! > maxLifetimeSeconds) return null;
    const requestId = typeof payload.rid === 'string' ? payload.rid : '';
    const identity = payload.idn === null ? null : parseIdentity(payload.idn);
    if (payload.idn !== null && identity === null) return null;
    return { claims: { identity, requestId }, exp: payload.exp! };
  } catch {
    return null;
  }
}

/** Verifies the context tokens one subgraph receives (`verifyContextToken` with a short memory). */
export type ContextVerifier = (token: string | undefined) => Promise<ContextClaims | null>;

/*
 * The gateway signs one token per client request and sends it with every fetch of the plan, so a
 * subgraph sees the same token several times within a few milliseconds (the integrator query of
 * docs/architecture.md §7 sends four to members). A token that verified is remembered until it expires,
 * by its exact text, so a repeat costs a map look-up instead of an HMAC and the claim checks; a
 * forged, tampered or expired token is never remembered and is checked in full every time. Bounded:
 * the oldest entry goes first.
 */
const REMEMBERED_TOKENS = 512;

export function createContextVerifier(
  secret: string,
  verification: ContextVerification = {},
): ContextVerifier {
  const remembered = new Map<string, { claims: ContextClaims; exp: number }>();
  return async (token) => {
    if (!token) return null;
    const now = Math.floor(Date.now() / 1000);
    let entry = remembered.get(token);
    if (entry && now >= entry.exp) {
      remembered.delete(token);
      entry = undefined;
    }
    if (!entry) {
      const verified = await verifiedClaims(token, secret, verification);
      if (!verified) return null;
      entry = verified;
      if (remembered.size >= REMEMBERED_TOKENS) remembered.delete(remembered.keys().next().value!);
      remembered.set(token, entry);
    }
    // A copy per request: nothing one request does to its identity reaches another.
    const { identity, requestId } = entry.claims;
    return { identity: identity && { ...identity, perms: [...identity.perms] }, requestId };
  };
}

/* The payload under the first secret whose signature matches; null when none does. */
async function verifiedPayload(token: string, secrets: readonly string[]) {
  for (const secret of secrets) {
    try {
      const { payload } = await jwtVerify(token, keyOf(secret), {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'iat'],
      });
      return payload;
    } catch (error) {
      // Only a signature that another accepted secret may match is worth a second try.
      if ((error as { code?: string }).code !== 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') return null;
    }
  }
  return null;
}

/** Shapes untrusted claims into an Identity, or null when they do not describe one. */
export function parseIdentity(raw: unknown): Identity | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.sub !== 'string' || !ROLES.includes(r.role as Role)) return null;
  const optional = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const perms = Array.isArray(r.perms) ? r.perms.filter((p): p is string => typeof p === 'string') : [];
  const identity: Identity = { sub: r.sub, role: r.role as Role, perms };
  const region = optional(r.region);
  // A region is a jurisdiction prefix; anything but a code shape would widen a LIKE predicate.
  if (region !== undefined && !/^\d{2}(\d{2}(\d{2}(\d{3})?)?)?$/.test(region)) return null;
  const org = optional(r.org);
  const member = optional(r.member);
  if (region) identity.region = region;
  if (org) identity.org = org;
  if (member) identity.member = member;
  return identity;
}
