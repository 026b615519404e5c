import { forbidden, staffMayWrite, type Identity } from '@union/kit';

/*
 * Who may record labor-relations work: a FEDERATION_ADMIN inside its region and the ORG_ADMIN of
 * the organization concerned. AUDITORs, MEMBERs and SERVICE callers only read.
 */
export function assertCanWrite(
  identity: Identity | null,
  target: { regionCode: string; orgId: string },
): void {
  if (staffMayWrite(identity, target)) return;
  throw forbidden('You may not record labor relations outside your jurisdiction');
}

/** Who did it, for timelines: the token subject and role (never a name or number). */
export function actorOf(identity: Identity | null): { actor: string; actorRole: string } {
  return { actor: identity?.sub ?? 'anonymous', actorRole: identity?.role ?? 'NONE' };
}
