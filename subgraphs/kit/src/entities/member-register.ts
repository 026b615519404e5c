import type { MemberOrganizationLookup } from '../identity/member-organization';
import { EntitiesClient } from './entities-client';

/* Long enough to spare the register a look-up per request, short enough that a transfer shows soon. */
const DEFAULT_TTL_MS = 30_000;

/**
 * A MEMBER's current organization asked of the members subgraph through `_entities` as SERVICE
 * (batched per tick, cached briefly) — for subgraphs where a member's organization grants visibility.
 */
export function memberOrganizationFromRegister(options: {
  membersUrl: string;
  subgraphSecret: string;
  ttlMs?: number;
}): MemberOrganizationLookup {
  const members = new EntitiesClient<{ id: string; organization: { id: string } | null }>({
    url: options.membersUrl,
    subgraphSecret: options.subgraphSecret,
    typename: 'Member',
    selection: 'id organization { id }',
    ttlMs: options.ttlMs ?? DEFAULT_TTL_MS,
  });
  return async (memberId) => (await members.load({ id: memberId }))?.organization?.id ?? null;
}
