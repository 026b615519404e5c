import { payload } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { recordCongress } from './congress.service';

export const congressMutations = {
  Mutation: {
    recordWorkersCongress: payload('congress', recordCongress),
  },
} satisfies Resolvers;
