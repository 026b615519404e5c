import { CentsScalar, DateScalar, DateTimeScalar, mergeResolvers, type ResolverMap } from '@union/kit';
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
  { Date: DateScalar as any, DateTime: DateTimeScalar as any, Cents: CentsScalar as any },
);

/** Reachable without a token: nothing. */
export const PUBLIC_FIELDS = [] as const;
