import { DateScalar, DateTimeScalar, mergeResolvers } from '@union/kit';
import { employerMutations } from './employer/employer.mutations';
import { employerResolvers } from './employer/employer.resolvers';
import type { SubgraphResolvers } from './generated/resolvers-types';
import { organizationMutations } from './organization/organization.mutations';
import { organizationResolvers } from './organization/organization.resolvers';
import { regionResolvers } from './region/region.resolvers';

/** Every resolver of the subgraph; tsc names a field the SDL needs and no map answers (docs/architecture.md §1.1). */
export const resolvers = mergeResolvers(
  regionResolvers,
  organizationResolvers,
  organizationMutations,
  employerResolvers,
  employerMutations,
  { Date: DateScalar, DateTime: DateTimeScalar },
) satisfies SubgraphResolvers;

/** Reachable without a token: region reference data (docs/architecture.md §3.1). */
export const PUBLIC_FIELDS = ['Query.region', 'Query.regions', 'Region.__resolveReference'] as const;
