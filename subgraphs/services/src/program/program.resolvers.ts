import { unwrapLookup, type PageArgs } from '@union/kit';
import type { Context } from '../context';
import { pagePrograms, type ProgramFilter } from './program.repository';
import type { ProgramStatus, ServiceProgram } from './program.table';
import { createProgram, moveProgram, updateProgram } from './program.service';

type Input = { input: unknown };

export async function programOrForbidden(ctx: Context, id: string) {
  return unwrapLookup(await ctx.loaders.program.load(id));
}

export const programResolvers = {
  Query: {
    serviceProgram: (_: unknown, args: { id: string }, ctx: Context) => programOrForbidden(ctx, args.id),
    servicePrograms: (_: unknown, args: PageArgs & { filter?: ProgramFilter | null }, ctx: Context) =>
      pagePrograms(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
  },
  Mutation: {
    createServiceProgram: async (_: unknown, args: Input, ctx: Context) => ({
      program: await createProgram(ctx, args.input),
    }),
    updateServiceProgram: async (_: unknown, args: Input, ctx: Context) => ({
      program: await updateProgram(ctx, args.input),
    }),
    openServiceProgram: async (_: unknown, args: Input, ctx: Context) => ({
      program: await moveProgram(ctx, args.input, 'OPEN'),
    }),
    closeServiceProgram: async (_: unknown, args: Input, ctx: Context) => ({
      program: await moveProgram(ctx, args.input, 'CLOSED'),
    }),
  },
  ServiceProgram: {
    __resolveReference: (ref: { id: string }, ctx: Context) => programOrForbidden(ctx, ref.id),
    provider: (p: ServiceProgram) => ({ __typename: 'Organization', id: p.orgId }),
    coveredRegion: (p: ServiceProgram) => ({ __typename: 'Region', code: p.coveredRegion }),
    placesTaken: (p: ServiceProgram) => p.taken,
  },
  Organization: {
    servicePrograms: (
      org: { id: string },
      args: PageArgs & { status?: ProgramStatus | null },
      ctx: Context,
    ) =>
      pagePrograms(ctx.db, {
        scope: ctx.scope,
        filter: { organizationId: org.id, status: args.status },
        args,
      }),
  },
};
