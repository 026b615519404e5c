import type { Resolvers } from '../generated/resolvers-types';
import { programOrForbidden } from '../program/program.loaders';
import { requestOrForbidden } from './request.loaders';
import { pageRequests } from './request.repository';

export const requestResolvers = {
  Query: {
    serviceRequest: (_, args, ctx) => requestOrForbidden(ctx.loaders, args.id),
    serviceRequests: (_, args, ctx) => pageRequests(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
  },
  ServiceRequest: {
    __resolveReference: (ref, ctx) => requestOrForbidden(ctx.loaders, ref.id),
    program: (r, _, ctx) => programOrForbidden(ctx.loaders, r.programId),
    member: (r) => ({ __typename: 'Member', id: r.memberId }),
    organization: (r) => ({ __typename: 'Organization', id: r.orgId }),
    region: (r) => ({ __typename: 'Region', code: r.regionCode }),
  },
} satisfies Resolvers;
