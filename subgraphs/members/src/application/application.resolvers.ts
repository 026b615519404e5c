import type { Resolvers } from '../generated/resolvers-types';
import { memberOrForbidden } from '../member/member.resolvers';
import { organizationRef } from '../organization/entity-refs';
import { findApplicationInScope } from './application.repository';

export const applicationResolvers = {
  Query: {
    membershipApplication: (_, args, ctx) => findApplicationInScope(ctx.db, args.id, ctx.scope),
  },
  MembershipApplication: {
    organization: (a) => organizationRef(a.orgId),
    member: (a, _, ctx) => memberOrForbidden(ctx, a.memberId),
  },
} satisfies Resolvers;
