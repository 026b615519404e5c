import type { Identity } from '@union/kit';

/** Who did it, for timelines: the token subject and role (never a name or number). */
export function actorOf(identity: Identity | null): { actor: string; actorRole: string } {
  return { actor: identity?.sub ?? 'anonymous', actorRole: identity?.role ?? 'NONE' };
}
