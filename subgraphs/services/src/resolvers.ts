import { CentsScalar, DateScalar, DateTimeScalar, mergeResolvers } from '@union/kit';
import type { SubgraphResolvers } from './generated/resolvers-types';
import { hardshipMutations } from './hardship/hardship.mutations';
import { hardshipResolvers } from './hardship/hardship.resolvers';
import { memberResolvers } from './member/member.resolvers';
import { participationMutations } from './participation/participation.mutations';
import { participationResolvers } from './participation/participation.resolvers';
import { programMutations } from './program/program.mutations';
import { programResolvers } from './program/program.resolvers';
import { requestMutations } from './request/request.mutations';
import { requestResolvers } from './request/request.resolvers';
import { statsResolvers } from './stats/stats.resolvers';

/** Every resolver of the subgraph; tsc names a field the SDL needs and no map answers (docs/architecture.md §1.1). */
export const resolvers = mergeResolvers(
  programResolvers,
  programMutations,
  requestResolvers,
  requestMutations,
  participationResolvers,
  participationMutations,
  hardshipResolvers,
  hardshipMutations,
  memberResolvers,
  statsResolvers,
  { Date: DateScalar, DateTime: DateTimeScalar, Cents: CentsScalar },
) satisfies SubgraphResolvers;

/** Reachable without a token: nothing (services data is for members and staff). */
export const PUBLIC_FIELDS = [] as const;
