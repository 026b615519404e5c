/** Roles a bearer token can carry (DESIGN §3.2). */
export const ROLES = ['MEMBER', 'ORG_ADMIN', 'FEDERATION_ADMIN', 'AUDITOR', 'SERVICE'] as const;
export type Role = (typeof ROLES)[number];

/** A verified caller. Anonymous callers have no Identity at all (null). */
export interface Identity {
  sub: string;
  role: Role;
  /** Jurisdiction prefix of a FEDERATION_ADMIN or AUDITOR, e.g. '44', '4401'. */
  region?: string;
  /** Organization an ORG_ADMIN runs (or a MEMBER belongs to). */
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
