import { payload } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { addDisputeNote, moveDispute, reportDispute } from './dispute.service';

export const disputeMutations = {
  Mutation: {
    reportLaborDispute: payload('dispute', reportDispute),
    moveLaborDispute: payload('dispute', moveDispute),
    addLaborDisputeNote: payload('dispute', addDisputeNote),
  },
} satisfies Resolvers;
