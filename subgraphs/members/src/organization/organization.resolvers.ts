import { coversRegion, forbidden, rowInScope, type PageArgs } from '@union/kit';
import { pagePendingApplications } from '../application/application.repository';
import type { Context } from '../context';
import { pageMembers, type MemberFilter } from '../member/member.repository';
import { firstOf } from '../member/organization-members.loader';

type OrgRef = { id: string };

/** FORBIDDEN when the organization's rows lie outside the caller's scope (an empty one has nothing to hide). */
async function assertOrganizationInScope(ctx: Context, orgId: string): Promise<void> {
  const regionCode = await ctx.loaders.organizationRegion.load(orgId);
  if (regionCode !== null && !rowInScope(ctx.scope, { regionCode, orgId })) throw forbidden();
}

export const organizationResolvers = {
  Organization: {
    members: (org: OrgRef, args: PageArgs & { filter?: MemberFilter | null }, ctx: Context) =>
      args.after
        ? pageMembers(ctx.db, { scope: ctx.scope, filter: args.filter, orgId: org.id, args })
        : ctx.loaders.organizationMembers.load({
            orgId: org.id,
            filter: args.filter ?? null,
            first: firstOf(args),
          }),
    memberStats: async (org: OrgRef, _: unknown, ctx: Context) => {
      await assertOrganizationInScope(ctx, org.id);
      return ctx.loaders.organizationStats.load(org.id);
    },
    pendingApplications: (org: OrgRef, args: PageArgs, ctx: Context) =>
      args.after
        ? pagePendingApplications(ctx.db, org.id, ctx.scope, args)
        : ctx.loaders.pendingApplications.load({ orgId: org.id, first: firstOf(args) }),
    incomingTransfers: (org: OrgRef, _: unknown, ctx: Context) => ctx.loaders.incomingTransfers.load(org.id),
  },
  Region: {
    memberStats: async (region: { code: string }, _: unknown, ctx: Context) => {
      if (!coversRegion(ctx.scope, region.code)) throw forbidden();
      const stats = await ctx.loaders.regionStats.load(region.code);
      return {
        ...stats,
        byChildRegion: stats.byChildRegion.map((c) => ({
          region: { __typename: 'Region', code: c.regionCode },
          total: c.total,
          active: c.active,
        })),
      };
    },
  },
};
