import type { Identity } from '@union/kit';

/* Who writes where is the kit's staff write rule (`staffMayWrite`, docs/architecture.md §3.6); this is the role test alone. */

/** Staff roles that may change services data. */
export function isStaff(identity: Identity | null): boolean {
  return identity?.role === 'FEDERATION_ADMIN' || identity?.role === 'ORG_ADMIN';
}
