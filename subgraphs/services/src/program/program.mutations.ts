import { payload } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { closeProgram, createProgram, openProgram, updateProgram } from './program.service';

export const programMutations = {
  Mutation: {
    createServiceProgram: payload('program', createProgram),
    updateServiceProgram: payload('program', updateProgram),
    openServiceProgram: payload('program', openProgram),
    closeServiceProgram: payload('program', closeProgram),
  },
} satisfies Resolvers;
