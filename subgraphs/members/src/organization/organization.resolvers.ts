import { forbidden, rowInScope } from '@union/kit';
import { pagePendingApplications } from '../application/application.repository';
import type { Context } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { pageMembers } from '../member/member.repository';
import { firstOf } from '../member/organization-members.loader';

/** FORBIDDEN when the organization's rows lie outside the caller's scope (an empty one has nothing to hide). */
async function assertOrganizationInScope(ctx: Context, orgId: string): Promise<void> {
  const regionCode = await ctx.loaders.organizationRegion.load(orgId);
  if (regionCode !== null && !rowInScope(ctx.scope, { regionCode, orgId })) throw forbidden();
}

export const organizationResolvers = {
  Organization: {
    members: (org, args, ctx) =>
      args.after
        ? pageMembers(ctx.db, { scope: ctx.scope, filter: args.filter, orgId: org.id, args })
        : ctx.loaders.organizationMembers.load({
            orgId: org.id,
            filter: args.filter ?? null,
            first: firstOf(args),
          }),
    memberStats: async (org, _, ctx) => {
      await assertOrganizationInScope(ctx, org.id);
      return ctx.loaders.organizationStats.load(org.id);
    },
    pendingApplications: (org, args, ctx) =>
      args.after
        ? pagePendingApplications(ctx.db, org.id, ctx.scope, args)
        : ctx.loaders.pendingApplications.load({ orgId: org.id, first: firstOf(args) }),
    incomingTransfers: (org, _, ctx) => ctx.loaders.incomingTransfers.load(org.id),
  },
} satisfies Resolvers;
