import { CentsScalar, DateScalar, DateTimeScalar, mergeResolvers, type ResolverMap } from '@union/kit';
import { appealResolvers } from './appeal/appeal.resolvers';
import { congressResolvers } from './congress/congress.resolvers';
import { contractMutations } from './contract/contract.mutations';
import { contractResolvers } from './contract/contract.resolvers';
import { disputeResolvers } from './dispute/dispute.resolvers';
import { memberResolvers } from './member/member.resolvers';
import { organizationResolvers } from './organization/organization.resolvers';
import { regionResolvers } from './region/region.resolvers';

export const resolvers: ResolverMap = mergeResolvers(
  contractResolvers,
  contractMutations,
  disputeResolvers,
  congressResolvers,
  organizationResolvers,
  regionResolvers,
  memberResolvers,
  appealResolvers,
  { Date: DateScalar as any, DateTime: DateTimeScalar as any, Cents: CentsScalar as any },
);

/** Reachable without a token: the public appeal form and its follow-up (issue 13; rate-limited at the gateway). */
export const PUBLIC_FIELDS = ['Mutation.submitAppeal', 'Query.appealStatus'] as const;
