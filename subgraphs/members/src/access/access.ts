import { forbidden, type Identity } from '@union/kit';

/*
 * Members' own access rules beyond the kit's staff write rule (`staffMayWrite` /
 * `assertStaffMayWrite`, docs/architecture.md §3.6): who verifies real names, who an actor is.
 */

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
