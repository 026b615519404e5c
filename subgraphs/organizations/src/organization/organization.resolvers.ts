import { unwrapLookup, type PageArgs } from '@union/kit';
import type { Context } from '../context';
import { pageOrganizations, type OrganizationFilter } from './organization.repository';
import { ancestorIds, type Organization, type OrganizationStatus } from './organization.table';

type PageQuery = PageArgs & { filter?: OrganizationFilter | null };

async function organizationOrForbidden(ctx: Context, id: string | null) {
  return id ? unwrapLookup(await ctx.loaders.organization.load(id)) : null;
}

export const organizationResolvers = {
  Query: {
    organization: (_: unknown, args: { id: string }, ctx: Context) => organizationOrForbidden(ctx, args.id),
    organizations: (_: unknown, args: PageQuery, ctx: Context) =>
      pageOrganizations(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
  },
  Organization: {
    __resolveReference: (ref: { id: string }, ctx: Context) => organizationOrForbidden(ctx, ref.id),
    region: (org: Organization, _: unknown, ctx: Context) => ctx.loaders.region.load(org.regionCode),
    parent: (org: Organization, _: unknown, ctx: Context) => organizationOrForbidden(ctx, org.parentId),
    successor: (org: Organization, _: unknown, ctx: Context) => organizationOrForbidden(ctx, org.successorId),
    children: async (org: Organization, args: { status?: OrganizationStatus | null }, ctx: Context) => {
      const children = await ctx.loaders.childOrganizations.load(org.id);
      return args.status ? children.filter((c) => c.status === args.status) : children;
    },
    ancestors: async (org: Organization, _: unknown, ctx: Context) => {
      // Lists simply omit what lies outside the caller's scope (docs/architecture.md §3.4).
      const lookups = await ctx.loaders.organization.loadMany(ancestorIds(org));
      return lookups.flatMap((l) => (l && !(l instanceof Error) && 'found' in l ? [l.found] : []));
    },
    descendants: (org: Organization, args: PageQuery, ctx: Context) =>
      pageOrganizations(ctx.db, { scope: ctx.scope, filter: args.filter, underPath: org.path, args }),
    employer: async (org: Organization, _: unknown, ctx: Context) =>
      org.employerId ? unwrapLookup(await ctx.loaders.employer.load(org.employerId)) : null,
    workerHome: (org: Organization, _: unknown, ctx: Context) => ctx.loaders.workerHome.load(org.id),
  },
};
