import type { Identity } from './identity';

/**
 * What part of the data a caller may see (docs/architecture.md §3.4), reduced to one of a few shapes
 * so every repository can turn it into a local indexed predicate.
 */
export type Scope =
  | { kind: 'ALL' }
  | { kind: 'REGION'; prefix: string }
  | { kind: 'ORG'; orgId: string }
  | { kind: 'MEMBER'; memberId: string; orgId?: string }
  | { kind: 'NONE' };

export function scopeOf(identity: Identity | null): Scope {
  if (!identity) return { kind: 'NONE' };
  switch (identity.role) {
    case 'SERVICE':
      return { kind: 'ALL' };
    case 'FEDERATION_ADMIN':
    case 'AUDITOR':
      return identity.region ? { kind: 'REGION', prefix: identity.region } : { kind: 'NONE' };
    case 'ORG_ADMIN':
      return identity.org ? { kind: 'ORG', orgId: identity.org } : { kind: 'NONE' };
    case 'MEMBER':
      return identity.member
        ? { kind: 'MEMBER', memberId: identity.member, ...(identity.org ? { orgId: identity.org } : {}) }
        : { kind: 'NONE' };
  }
}

/** True when a row with this region and organization lies inside the scope (for checks in JS after a keyed read). */
export function rowInScope(
  scope: Scope,
  row: { regionCode: string; orgId?: string | null; memberId?: string | null },
): boolean {
  switch (scope.kind) {
    case 'ALL':
      return true;
    case 'REGION':
      return row.regionCode.startsWith(scope.prefix);
    case 'ORG':
      return row.orgId === scope.orgId;
    case 'MEMBER':
      return row.memberId === scope.memberId;
    case 'NONE':
      return false;
  }
}

/** True when the caller's jurisdiction covers the whole of region `code` (needed for region-wide figures). */
export function coversRegion(scope: Scope, code: string): boolean {
  if (scope.kind === 'ALL') return true;
  return scope.kind === 'REGION' && code.startsWith(scope.prefix);
}
