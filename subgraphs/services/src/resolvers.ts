import { CentsScalar, DateScalar, DateTimeScalar, mergeResolvers, type ResolverMap } from '@union/kit';
import { hardshipResolvers } from './hardship/hardship.resolvers';
import { memberResolvers } from './member/member.resolvers';
import { participationResolvers } from './participation/participation.resolvers';
import { programResolvers } from './program/program.resolvers';
import { requestResolvers } from './request/request.resolvers';
import { statsResolvers } from './stats/stats.resolvers';

export const resolvers: ResolverMap = mergeResolvers(
  programResolvers,
  requestResolvers,
  participationResolvers,
  hardshipResolvers,
  memberResolvers,
  statsResolvers,
  { Date: DateScalar as any, DateTime: DateTimeScalar as any, Cents: CentsScalar as any },
);

/** Reachable without a token: nothing (services data is for members and staff). */
export const PUBLIC_FIELDS = [] as const;
