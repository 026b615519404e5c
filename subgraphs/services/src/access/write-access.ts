import { forbidden, staffMayWrite, type Identity } from '@union/kit';

/** Staff roles that may change services data. */
export function isStaff(identity: Identity | null): boolean {
  return identity?.role === 'FEDERATION_ADMIN' || identity?.role === 'ORG_ADMIN';
}

/** True when a FEDERATION_ADMIN's region covers the target, or an ORG_ADMIN runs its organization. */
export function staffCovers(
  identity: Identity | null,
  target: { regionCode: string; orgId: string },
): boolean {
  return staffMayWrite(identity, target);
}

/*
 * Who may change what: a FEDERATION_ADMIN inside its region, an ORG_ADMIN for its own
 * organization; AUDITORs, SERVICE callers and MEMBERs (except where a rule says otherwise) never.
 */
export function assertStaffCovers(
  identity: Identity | null,
  target: { regionCode: string; orgId: string },
  message = 'Outside your jurisdiction',
): void {
  if (!staffCovers(identity, target)) throw forbidden(message);
}
