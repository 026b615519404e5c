import { mutation } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { programOrForbidden } from '../program/program.resolvers';
import { requestOrForbidden } from '../request/request.resolvers';
import { checkInParticipants, recordParticipation } from './participation.service';

export const participationResolvers = {
  Mutation: {
    recordParticipation: mutation(recordParticipation),
    checkInParticipants: mutation(checkInParticipants),
  },
  Participation: {
    member: (p) => ({ __typename: 'Member', id: p.memberId }),
    program: (p, _, ctx) => programOrForbidden(ctx, p.programId),
    request: (p, _, ctx) => (p.requestId ? requestOrForbidden(ctx, p.requestId) : null),
  },
} satisfies Resolvers;
