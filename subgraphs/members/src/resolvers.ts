import { DateScalar, DateTimeScalar, mergeResolvers } from '@union/kit';
import { applicationMutations } from './application/application.mutations';
import { applicationResolvers } from './application/application.resolvers';
import { piiAccessResolvers } from './audit/pii-access.resolvers';
import type { SubgraphResolvers } from './generated/resolvers-types';
import { memberPiiResolvers } from './member/member-pii.resolvers';
import { memberMutations } from './member/member.mutations';
import { memberResolvers } from './member/member.resolvers';
import { organizationResolvers } from './organization/organization.resolvers';
import { regionStatsResolvers } from './stats/region-stats.resolvers';
import { transferMutations } from './transfer/transfer.mutations';
import { transferResolvers } from './transfer/transfer.resolvers';

/** Every resolver of the subgraph; tsc names a field the SDL needs and no map answers (docs/architecture.md §1.1). */
export const resolvers = mergeResolvers(
  memberResolvers,
  memberPiiResolvers,
  memberMutations,
  applicationResolvers,
  applicationMutations,
  transferResolvers,
  transferMutations,
  organizationResolvers,
  regionStatsResolvers,
  piiAccessResolvers,
  { Date: DateScalar, DateTime: DateTimeScalar },
) satisfies SubgraphResolvers;

/** Reachable without a token: applying to join and withdrawing one's own application (docs/architecture.md §3.1). */
export const PUBLIC_FIELDS = [
  'Mutation.submitMembershipApplication',
  'Mutation.withdrawMembershipApplication',
] as const;
