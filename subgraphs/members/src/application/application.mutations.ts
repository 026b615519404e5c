import { mutation, payload } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import {
  approveApplication,
  rejectApplication,
  submitApplication,
  withdrawApplication,
} from './application.service';

export const applicationMutations = {
  Mutation: {
    submitMembershipApplication: payload('application', submitApplication),
    approveMembershipApplication: mutation(approveApplication),
    rejectMembershipApplication: payload('application', rejectApplication),
    withdrawMembershipApplication: payload('application', withdrawApplication),
  },
} satisfies Resolvers;
