import { payload } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { registerEmployer } from './employer.service';

export const employerMutations = {
  Mutation: {
    registerEmployer: payload('employer', registerEmployer),
  },
} satisfies Resolvers;
