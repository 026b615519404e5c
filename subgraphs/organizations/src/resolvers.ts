import { DateScalar, DateTimeScalar, mergeResolvers, type ResolverMap } from '@union/kit';
import { employerResolvers } from './employer/employer.resolvers';
import { organizationMutations } from './organization/organization.mutations';
import { organizationResolvers } from './organization/organization.resolvers';
import { regionResolvers } from './region/region.resolvers';

export const resolvers: ResolverMap = mergeResolvers(
  regionResolvers,
  organizationResolvers,
  organizationMutations,
  employerResolvers,
  { Date: DateScalar as any, DateTime: DateTimeScalar as any },
);

/** Reachable without a token: region reference data (docs/architecture.md §3.1). */
export const PUBLIC_FIELDS = ['Query.region', 'Query.regions', 'Region.__resolveReference'] as const;
