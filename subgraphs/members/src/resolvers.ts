import { DateScalar, DateTimeScalar, mergeResolvers, type ResolverMap } from '@union/kit';
import { applicationResolvers } from './application/application.resolvers';
import { memberPiiResolvers } from './member/member-pii.resolvers';
import { memberResolvers } from './member/member.resolvers';
import { memberMutations } from './mutations';
import { organizationResolvers } from './organization/organization.resolvers';

export const resolvers: ResolverMap = mergeResolvers(
  memberResolvers,
  memberPiiResolvers,
  organizationResolvers,
  applicationResolvers,
  memberMutations,
  { Date: DateScalar as any, DateTime: DateTimeScalar as any },
);

/** Reachable without a token: applying to join and withdrawing one's own application (docs/architecture.md §3.1). */
export const PUBLIC_FIELDS = [
  'Mutation.submitMembershipApplication',
  'Mutation.withdrawMembershipApplication',
] as const;
