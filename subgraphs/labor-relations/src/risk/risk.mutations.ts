import { payload } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { recordAssessment } from './risk.service';

export const riskMutations = {
  Mutation: {
    recordRiskAssessment: payload('assessment', recordAssessment),
  },
} satisfies Resolvers;
