import { forbidden, staffMayWrite, type Identity } from '@union/kit';

/**
 * Who may change a member or decide about an application (docs/architecture.md §3.6): a FEDERATION_ADMIN inside its
 * region, an ORG_ADMIN only for its own organization. AUDITORs, MEMBERs (except their own profile)
 * and SERVICE callers never write here.
 */
export function assertStaffOf(
  identity: Identity | null,
  target: { regionCode: string; orgId: string },
): void {
  if (isStaffOf(identity, target)) return;
  throw forbidden('You may not change members outside your jurisdiction');
}

export function isStaffOf(identity: Identity | null, target: { regionCode: string; orgId: string }): boolean {
  return staffMayWrite(identity, target);
}

/** Real-name verification (实名制审核): a county-level or higher federation (code of 2, 4 or 6 digits) in scope. */
export function assertVerifier(identity: Identity | null, regionCode: string): void {
  if (
    identity?.role === 'FEDERATION_ADMIN' &&
    identity.region &&
    identity.region.length <= 6 &&
    regionCode.startsWith(identity.region)
  )
    return;
  throw forbidden('Only a county-level or higher federation in scope may verify members');
}

export function actorOf(ctx: { identity: Identity | null; requestId: string }) {
  return { actor: ctx.identity?.sub ?? 'anonymous', requestId: ctx.requestId };
}
