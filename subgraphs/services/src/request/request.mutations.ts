import { payload } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { rateRequest, transitionRequest } from './request-transition.service';
import { requestService } from './request.service';

export const requestMutations = {
  Mutation: {
    requestService: payload('request', requestService),
    transitionServiceRequest: payload('request', transitionRequest),
    rateServiceRequest: payload('request', rateRequest),
  },
} satisfies Resolvers;
