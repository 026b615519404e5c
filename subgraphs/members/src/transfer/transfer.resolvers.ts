import { organizationReference } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { memberOrForbidden } from '../member/member.resolvers';

export const transferResolvers = {
  MemberTransfer: {
    member: (t, _, ctx) => memberOrForbidden(ctx, t.memberId),
    fromOrganization: (t) => organizationReference(t.fromOrgId),
    toOrganization: (t) => organizationReference(t.toOrgId),
  },
} satisfies Resolvers;
