import { unwrapLookup } from '@union/kit';
import type { Context } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { referencedRegion } from '../region/region.loaders';
import { pageOrganizations } from './organization.repository';
import { ancestorIds } from './organization.table';

async function organizationOrForbidden(ctx: Context, id: string | null) {
  return id ? unwrapLookup(await ctx.loaders.organization.load(id)) : null;
}

export const organizationResolvers = {
  Query: {
    organization: (_, args, ctx) => organizationOrForbidden(ctx, args.id),
    organizations: (_, args, ctx) =>
      pageOrganizations(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
  },
  Organization: {
    __resolveReference: (ref, ctx) => organizationOrForbidden(ctx, ref.id),
    region: (org, _, ctx) => referencedRegion(ctx.loaders, org.regionCode),
    parent: (org, _, ctx) => organizationOrForbidden(ctx, org.parentId),
    successor: (org, _, ctx) => organizationOrForbidden(ctx, org.successorId),
    children: async (org, args, ctx) => {
      const children = await ctx.loaders.childOrganizations.load(org.id);
      return args.status ? children.filter((c) => c.status === args.status) : children;
    },
    ancestors: async (org, _, ctx) => {
      // Lists simply omit what lies outside the caller's scope (docs/architecture.md §3.4).
      const lookups = await ctx.loaders.organization.loadMany(ancestorIds(org));
      return lookups.flatMap((l) => (l && !(l instanceof Error) && 'found' in l ? [l.found] : []));
    },
    descendants: (org, args, ctx) =>
      pageOrganizations(ctx.db, { scope: ctx.scope, filter: args.filter, underPath: org.path, args }),
    employer: async (org, _, ctx) =>
      org.employerId ? unwrapLookup(await ctx.loaders.employer.load(org.employerId)) : null,
    workerHome: (org, _, ctx) => ctx.loaders.workerHome.load(org.id),
  },
} satisfies Resolvers;
