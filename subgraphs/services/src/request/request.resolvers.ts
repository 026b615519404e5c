import { payload, unwrapLookup } from '@union/kit';
import type { Context } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { programOrForbidden } from '../program/program.resolvers';
import { pageRequests } from './request.repository';
import { requestService } from './request.service';
import { rateRequest, transitionRequest } from './request-transition.service';

export async function requestOrForbidden(ctx: Context, id: string) {
  return unwrapLookup(await ctx.loaders.request.load(id));
}

export const requestResolvers = {
  Query: {
    serviceRequest: (_, args, ctx) => requestOrForbidden(ctx, args.id),
    serviceRequests: (_, args, ctx) => pageRequests(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
  },
  Mutation: {
    requestService: payload('request', requestService),
    transitionServiceRequest: payload('request', transitionRequest),
    rateServiceRequest: payload('request', rateRequest),
  },
  ServiceRequest: {
    __resolveReference: (ref, ctx) => requestOrForbidden(ctx, ref.id),
    program: (r, _, ctx) => programOrForbidden(ctx, r.programId),
    member: (r) => ({ __typename: 'Member', id: r.memberId }),
    organization: (r) => ({ __typename: 'Organization', id: r.orgId }),
    region: (r) => ({ __typename: 'Region', code: r.regionCode }),
  },
} satisfies Resolvers;
