import type { ClientRole } from '@union/kit';
import { SignJWT } from 'jose';
import { identityFromClaims } from './claims';

export interface DevTokenClaims {
  role: ClientRole;
  /** Defaults to `dev-<role>` (lower case). */
  sub?: string;
  region?: string;
  org?: string;
  member?: string;
  perms?: string[];
}

export interface DevTokenOptions {
  /** A jose time span such as '30m', '1h', '8h', '2d'. */
  ttl?: string;
  issuer?: string;
  audience?: string;
}

/**
 * Signs an HS256 bearer token the gateway accepts (`npm run token`, tests, the e2e suite).
 * Claims are checked by the same rules the gateway applies, so a token that would be refused
 * (SERVICE, a MEMBER with an org, an ORG_ADMIN without org, a malformed region) is never issued.
 */
export async function issueDevToken(
  claims: DevTokenClaims,
  secret: string,
  ttlOrOptions: string | DevTokenOptions = {},
): Promise<string> {
  const options = typeof ttlOrOptions === 'string' ? { ttl: ttlOrOptions } : ttlOrOptions;
  const payload = {
    sub: claims.sub ?? `dev-${claims.role.toLowerCase().replace(/_/g, '-')}`,
    role: claims.role,
    ...(claims.region ? { region: claims.region } : {}),
    ...(claims.org ? { org: claims.org } : {}),
    ...(claims.member ? { member: claims.member } : {}),
    perms: claims.perms ?? [],
  };
  const checked = identityFromClaims(payload);
  if (!checked.ok) throw new Error(checked.reason);
  let jwt = new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt();
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  try {
    jwt = jwt.setExpirationTime(options.ttl ?? '8h');
  } catch {
    throw new Error('Invalid ttl (use e.g. 30m, 1h, 8h, 2d)');
  }
  return jwt.sign(new TextEncoder().encode(secret));
}
