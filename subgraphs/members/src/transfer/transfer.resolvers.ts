import type { Resolvers } from '../generated/resolvers-types';
import { memberOrForbidden } from '../member/member.resolvers';
import { organizationRef } from '../organization/entity-refs';

export const transferResolvers = {
  MemberTransfer: {
    member: (t, _, ctx) => memberOrForbidden(ctx, t.memberId),
    fromOrganization: (t) => organizationRef(t.fromOrgId),
    toOrganization: (t) => organizationRef(t.toOrgId),
  },
} satisfies Resolvers;
