import { DateScalar, DateTimeScalar, mergeResolvers, type ResolverMap } from '@union/kit';

export const resolvers: ResolverMap = mergeResolvers({ Date: DateScalar as any, DateTime: DateTimeScalar as any });

/** Reachable without a token. */
export const PUBLIC_FIELDS = [] as const;
