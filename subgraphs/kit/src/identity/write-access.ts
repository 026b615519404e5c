import { forbidden } from '../errors/errors';
import type { Identity } from './identity';

/**
 * The staff write rule every department applies (docs/architecture.md §3): a FEDERATION_ADMIN inside its region,
 * an ORG_ADMIN only for its own organization. AUDITORs, MEMBERs and SERVICE callers never qualify
 * (a subgraph grants members their own profile or requests by rules of its own).
 */
export function staffMayWrite(
  identity: Identity | null,
  target: { regionCode: string; orgId?: string | null },
): boolean {
  if (identity?.role === 'FEDERATION_ADMIN')
    return Boolean(identity.region) && target.regionCode.startsWith(identity.region!);
  if (identity?.role === 'ORG_ADMIN') return Boolean(identity.org) && identity.org === target.orgId;
  return false;
}

/** The staff write rule as a guard: FORBIDDEN (with the subgraph's wording) unless `staffMayWrite`. */
export function assertStaffMayWrite(
  identity: Identity | null,
  target: { regionCode: string; orgId?: string | null },
  message = 'You may not change what lies outside your jurisdiction',
): void {
  if (!staffMayWrite(identity, target)) throw forbidden(message);
}
