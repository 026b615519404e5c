import { organizationReference } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { memberOrForbidden } from '../member/member.resolvers';
import { findApplicationInScope } from './application.repository';

export const applicationResolvers = {
  Query: {
    membershipApplication: (_, args, ctx) => findApplicationInScope(ctx.db, args.id, ctx.scope),
  },
  MembershipApplication: {
    organization: (a) => organizationReference(a.orgId),
    member: (a, _, ctx) => memberOrForbidden(ctx, a.memberId),
  },
} satisfies Resolvers;
