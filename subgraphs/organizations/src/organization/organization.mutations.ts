import { mutation, payload } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { setWorkerHome } from '../worker-home/worker-home.service';
import { mergeOrganizations } from './merge.service';
import { createOrganization, dissolveOrganization, updateOrganization } from './organization.service';

export const organizationMutations = {
  Mutation: {
    createOrganization: payload('organization', createOrganization),
    updateOrganization: payload('organization', updateOrganization),
    dissolveOrganization: payload('organization', dissolveOrganization),
    mergeOrganizations: mutation(mergeOrganizations),
    setWorkerHome: payload('organization', setWorkerHome),
  },
} satisfies Resolvers;
