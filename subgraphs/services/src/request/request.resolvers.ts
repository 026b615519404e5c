import { unwrapLookup, type PageArgs } from '@union/kit';
import type { Context } from '../context';
import { programOrForbidden } from '../program/program.resolvers';
import { pageRequests, type RequestFilter } from './request.repository';
import { requestService } from './request.service';
import { rateRequest, transitionRequest } from './request-transition.service';
import type { ServiceRequest } from './request.table';

type Input = { input: unknown };

export async function requestOrForbidden(ctx: Context, id: string) {
  return unwrapLookup(await ctx.loaders.request.load(id));
}

export const requestResolvers = {
  Query: {
    serviceRequest: (_: unknown, args: { id: string }, ctx: Context) => requestOrForbidden(ctx, args.id),
    serviceRequests: (_: unknown, args: PageArgs & { filter?: RequestFilter | null }, ctx: Context) =>
      pageRequests(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
  },
  Mutation: {
    requestService: async (_: unknown, args: Input, ctx: Context) => ({
      request: await requestService(ctx, args.input),
    }),
    transitionServiceRequest: async (_: unknown, args: Input, ctx: Context) => ({
      request: await transitionRequest(ctx, args.input),
    }),
    rateServiceRequest: async (_: unknown, args: Input, ctx: Context) => ({
      request: await rateRequest(ctx, args.input),
    }),
  },
  ServiceRequest: {
    __resolveReference: (ref: { id: string }, ctx: Context) => requestOrForbidden(ctx, ref.id),
    program: (r: ServiceRequest, _: unknown, ctx: Context) => programOrForbidden(ctx, r.programId),
    member: (r: ServiceRequest) => ({ __typename: 'Member', id: r.memberId }),
    organization: (r: ServiceRequest) => ({ __typename: 'Organization', id: r.orgId }),
    region: (r: ServiceRequest) => ({ __typename: 'Region', code: r.regionCode }),
  },
};
