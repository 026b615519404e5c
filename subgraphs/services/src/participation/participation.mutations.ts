import { mutation } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { checkInParticipants, recordParticipation } from './participation.service';

/** The services return the whole CheckInPayload (recorded, alreadyRecorded, participations). */
export const participationMutations = {
  Mutation: {
    recordParticipation: mutation(recordParticipation),
    checkInParticipants: mutation(checkInParticipants),
  },
} satisfies Resolvers;
