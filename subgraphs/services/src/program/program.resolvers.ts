import type { Resolvers } from '../generated/resolvers-types';
import { programOrForbidden } from './program.loaders';
import { pagePrograms } from './program.repository';

export const programResolvers = {
  Query: {
    serviceProgram: (_, args, ctx) => programOrForbidden(ctx.loaders, args.id),
    servicePrograms: (_, args, ctx) => pagePrograms(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
  },
  ServiceProgram: {
    __resolveReference: (ref, ctx) => programOrForbidden(ctx.loaders, ref.id),
    provider: (p) => ({ __typename: 'Organization', id: p.orgId }),
    coveredRegion: (p) => ({ __typename: 'Region', code: p.coveredRegion }),
    placesTaken: (p) => p.taken,
  },
  Organization: {
    servicePrograms: (org, args, ctx) =>
      pagePrograms(ctx.db, {
        scope: ctx.scope,
        filter: { organizationId: org.id, status: args.status },
        args,
      }),
  },
} satisfies Resolvers;
