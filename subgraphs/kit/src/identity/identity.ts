/** Roles an identity can have (docs/architecture.md §3.2). */
export const ROLES = ['MEMBER', 'ORG_ADMIN', 'FEDERATION_ADMIN', 'AUDITOR', 'SERVICE'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Roles a client's bearer token may carry. SERVICE is not among them: it exists only on the hops a
 * subgraph signs for its own `_entities` look-ups, so no client can claim province-wide reads.
 */
export const CLIENT_ROLES = ['MEMBER', 'ORG_ADMIN', 'FEDERATION_ADMIN', 'AUDITOR'] as const;
export type ClientRole = (typeof CLIENT_ROLES)[number];

/** A verified caller. Anonymous callers have no Identity at all (null). */
export interface Identity {
  sub: string;
  role: Role;
  /** Jurisdiction prefix of a FEDERATION_ADMIN or AUDITOR, e.g. '44', '4401'. */
  region?: string;
  /**
   * Organization an ORG_ADMIN runs. For a MEMBER it is never taken from a token: the subgraph server
   * fills it from the members register (see member-organization.ts) or leaves it out.
   */
  org?: string;
  /** The member a MEMBER token speaks for. */
  member?: string;
  /** Extra grants such as 'pii:read'. */
  perms: string[];
}

/** What every subgraph knows about the request it is serving. */
export interface RequestContextBase {
  identity: Identity | null;
  requestId: string;
}

export function hasPerm(identity: Identity | null, perm: string): boolean {
  return identity?.perms.includes(perm) ?? false;
}

export const SERVICE_IDENTITY: Identity = { sub: 'service', role: 'SERVICE', perms: [] };
