import { mutation, payload } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { grantAssistance } from './grant.service';
import { closeCase, openCase, relieveCase, updateCase } from './hardship.service';

export const hardshipMutations = {
  Mutation: {
    openHardshipCase: payload('hardshipCase', openCase),
    updateHardshipCase: payload('hardshipCase', updateCase),
    relieveHardshipCase: payload('hardshipCase', relieveCase),
    closeHardshipCase: payload('hardshipCase', closeCase),
    // grantAssistance returns the whole GrantAssistancePayload ({ grant, replayed }).
    grantAssistance: mutation(grantAssistance),
  },
} satisfies Resolvers;
