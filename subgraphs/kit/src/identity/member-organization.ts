import type { Identity } from './identity';

/** The organization a member currently belongs to, as the members register says (null: unknown). */
export type MemberOrganizationLookup = (memberId: string) => Promise<string | null>;

/**
 * A MEMBER's organization grants visibility (its contracts, its union's directory entry), so it must
 * come from the register, never from what a token says: whatever `org` the identity carries is
 * dropped and replaced by the lookup's answer. Without a lookup, or when the register cannot be
 * asked, the member simply has no organization here (fail closed: it sees its own rows only).
 */
export async function withRegisteredOrganization(
  identity: Identity | null,
  lookup: MemberOrganizationLookup | undefined,
  onLookupFailure: (error: unknown) => void = () => {},
): Promise<Identity | null> {
  if (identity?.role !== 'MEMBER') return identity;
  const { org: _claimed, ...member } = identity;
  if (!lookup || !member.member) return member;
  try {
    const org = await lookup(member.member);
    return org ? { ...member, org } : member;
  } catch (error) {
    onLookupFailure(error);
    return member;
  }
}
