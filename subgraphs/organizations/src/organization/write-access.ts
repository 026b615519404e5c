import { forbidden, staffMayWrite, type Identity } from '@union/kit';

/*
 * Who may change what (docs/architecture.md §3.6): a FEDERATION_ADMIN inside its region, an ORG_ADMIN only its
 * own organization; AUDITORs, MEMBERs and SERVICE callers never write here.
 */
export function assertCanWrite(
  identity: Identity | null,
  target: { regionCode: string; orgId?: string },
): void {
  if (staffMayWrite(identity, target)) return;
  throw forbidden('You may not change organizations outside your jurisdiction');
}
