import { CentsScalar, DateScalar, DateTimeScalar, mergeResolvers } from '@union/kit';
import { appealMutations } from './appeal/appeal.mutations';
import { appealResolvers } from './appeal/appeal.resolvers';
import { congressMutations } from './congress/congress.mutations';
import { congressResolvers } from './congress/congress.resolvers';
import { contractMutations } from './contract/contract.mutations';
import { contractResolvers } from './contract/contract.resolvers';
import { disputeMutations } from './dispute/dispute.mutations';
import { disputeResolvers } from './dispute/dispute.resolvers';
import type { SubgraphResolvers } from './generated/resolvers-types';
import { memberResolvers } from './member/member.resolvers';
import { organizationResolvers } from './organization/organization.resolvers';
import { regionResolvers } from './region/region.resolvers';
import { riskMutations } from './risk/risk.mutations';
import { riskResolvers } from './risk/risk.resolvers';

/** Every resolver of the subgraph; tsc names a field the SDL needs and no map answers (docs/architecture.md §1.1). */
export const resolvers = mergeResolvers(
  contractResolvers,
  contractMutations,
  disputeResolvers,
  disputeMutations,
  congressResolvers,
  congressMutations,
  riskResolvers,
  riskMutations,
  organizationResolvers,
  regionResolvers,
  memberResolvers,
  appealResolvers,
  appealMutations,
  { Date: DateScalar, DateTime: DateTimeScalar, Cents: CentsScalar },
) satisfies SubgraphResolvers;

/** Reachable without a token: the public appeal form and its follow-up (issue 13; rate-limited at the gateway). */
export const PUBLIC_FIELDS = ['Mutation.submitAppeal', 'Query.appealStatus'] as const;
