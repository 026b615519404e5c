import { DateScalar, DateTimeScalar, mergeResolvers } from '@union/kit';
import { applicationResolvers } from './application/application.resolvers';
import type { SubgraphResolvers } from './generated/resolvers-types';
import { memberPiiResolvers } from './member/member-pii.resolvers';
import { memberResolvers } from './member/member.resolvers';
import { memberMutations } from './mutations';
import { organizationResolvers } from './organization/organization.resolvers';

/** Every resolver of the subgraph; tsc names a field the SDL needs and no map answers (docs/architecture.md §1.1). */
export const resolvers = mergeResolvers(
  memberResolvers,
  memberPiiResolvers,
  organizationResolvers,
  applicationResolvers,
  memberMutations,
  { Date: DateScalar, DateTime: DateTimeScalar },
) satisfies SubgraphResolvers;

/** Reachable without a token: applying to join and withdrawing one's own application (docs/architecture.md §3.1). */
export const PUBLIC_FIELDS = [
  'Mutation.submitMembershipApplication',
  'Mutation.withdrawMembershipApplication',
] as const;
