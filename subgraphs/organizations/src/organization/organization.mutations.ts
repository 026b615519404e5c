import type { Context } from '../context';
import { setWorkerHome } from '../worker-home/worker-home.service';
import { mergeOrganizations } from './merge.service';
import { createOrganization, dissolveOrganization, updateOrganization } from './organization.service';

type Input = { input: unknown };

export const organizationMutations = {
  Mutation: {
    createOrganization: async (_: unknown, args: Input, ctx: Context) => ({
      organization: await createOrganization(ctx, args.input),
    }),
    updateOrganization: async (_: unknown, args: Input, ctx: Context) => ({
      organization: await updateOrganization(ctx, args.input),
    }),
    dissolveOrganization: async (_: unknown, args: Input, ctx: Context) => ({
      organization: await dissolveOrganization(ctx, args.input),
    }),
    mergeOrganizations: (_: unknown, args: Input, ctx: Context) => mergeOrganizations(ctx, args.input),
    setWorkerHome: async (_: unknown, args: Input, ctx: Context) => ({
      organization: await setWorkerHome(ctx, args.input),
    }),
  },
};
