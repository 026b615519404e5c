import { payload, unwrapLookup } from '@union/kit';
import type { Context } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { pagePrograms } from './program.repository';
import { closeProgram, createProgram, openProgram, updateProgram } from './program.service';

export async function programOrForbidden(ctx: Context, id: string) {
  return unwrapLookup(await ctx.loaders.program.load(id));
}

export const programResolvers = {
  Query: {
    serviceProgram: (_, args, ctx) => programOrForbidden(ctx, args.id),
    servicePrograms: (_, args, ctx) => pagePrograms(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
  },
  Mutation: {
    createServiceProgram: payload('program', createProgram),
    updateServiceProgram: payload('program', updateProgram),
    openServiceProgram: payload('program', openProgram),
    closeServiceProgram: payload('program', closeProgram),
  },
  ServiceProgram: {
    __resolveReference: (ref, ctx) => programOrForbidden(ctx, ref.id),
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
