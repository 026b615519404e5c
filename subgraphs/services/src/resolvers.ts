import { CentsScalar, DateScalar, DateTimeScalar, mergeResolvers } from '@union/kit';
import type { SubgraphResolvers } from './generated/resolvers-types';
import { hardshipResolvers } from './hardship/hardship.resolvers';
import { memberResolvers } from './member/member.resolvers';
import { participationResolvers } from './participation/participation.resolvers';
import { programResolvers } from './program/program.resolvers';
import { requestResolvers } from './request/request.resolvers';
import { statsResolvers } from './stats/stats.resolvers';

/** Every resolver of the subgraph; tsc names a field the SDL needs and no map answers (docs/architecture.md §1.1). */
export const resolvers = mergeResolvers(
  programResolvers,
  requestResolvers,
  participationResolvers,
  hardshipResolvers,
  memberResolvers,
  statsResolvers,
  { Date: DateScalar, DateTime: DateTimeScalar, Cents: CentsScalar },
) satisfies SubgraphResolvers;

/** Reachable without a token: nothing (services data is for members and staff). */
export const PUBLIC_FIELDS = [] as const;
