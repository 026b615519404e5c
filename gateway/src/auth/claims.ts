import {
  CLIENT_ROLES,
  invalid,
  parseIdentity,
  valid,
  validateRegionCode,
  type ClientRole,
  type Identity,
  type Validation,
} from '@union/kit';

/*
 * Turns the claims of a verified token into an Identity, refusing any that would give a subgraph a
 * scope it cannot enforce: a scope is a prefix or key match, so a missing or malformed region / org /
 * member would silently widen or empty it. Reasons are shown to the caller, so they never echo a value.
 */
export function identityFromClaims(claims: Record<string, unknown>): Validation<Identity> {
  if (typeof claims.sub !== 'string' || claims.sub.trim() === '') return invalid('no subject (sub) claim');
  // SERVICE is signed only by a subgraph for its own look-ups; a client claiming it is refused.
  if (!CLIENT_ROLES.includes(claims.role as ClientRole)) {
    return invalid(`role must be one of ${CLIENT_ROLES.join(', ')}`);
  }
  // A member's organization grants visibility, so only the register may say which it is.
  if (claims.role === 'MEMBER' && claims.org !== undefined) {
    return invalid(
      "a MEMBER token may not carry an org claim (the member's organization comes from the register)",
    );
  }
  for (const key of ['region', 'org', 'member'] as const) {
    const value = claims[key];
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) {
      return invalid(`claim ${key} must be a non-empty string`);
    }
  }
  const perms = permsOf(claims);
  if (!perms.ok) return perms;

  if (typeof claims.region === 'string' && !validateRegionCode(claims.region).ok) {
    return invalid('region is not a valid region code');
  }
  const identity = parseIdentity({ ...claims, perms: perms.value });
  if (!identity) return invalid('claims do not describe a caller');
  const missing = requiredClaimMissing(identity);
  if (missing) return invalid(`role ${identity.role} requires the ${missing} claim`);
  return valid(identity);
}

function requiredClaimMissing(identity: Identity): string | null {
  switch (identity.role) {
    case 'FEDERATION_ADMIN':
    case 'AUDITOR':
      return identity.region ? null : 'region';
    case 'ORG_ADMIN':
      return identity.org ? null : 'org';
    case 'MEMBER':
      return identity.member ? null : 'member';
    case 'SERVICE':
      return 'client role';
  }
}

/** `perms` is the documented claim; a singular `perm` (string or list) is accepted as an alias. */
function permsOf(claims: Record<string, unknown>): Validation<string[]> {
  const all: string[] = [];
  for (const key of ['perms', 'perm'] as const) {
    const value = claims[key];
    if (value === undefined) continue;
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || !list.every((p) => typeof p === 'string' && p.trim() !== '')) {
      return invalid(`claim ${key} must be a list of permission names`);
    }
    all.push(...list);
  }
  return valid([...new Set(all)]);
}
