import type { Resolvers } from '../generated/resolvers-types';
import { listLimit } from '../shared/per-key-limit';

/** Fields labor relations adds to Organization; each is one batched statement per request. */
export const organizationResolvers = {
  Organization: {
    // No row of its own here: the reference is the organization; every field scopes its rows.
    __resolveReference: (ref) => ({ id: ref.id }),
    // orgId rides along for the appeal figures (LaborRelations.openAppeals, rightsComplaintsLast90Days).
    laborRelations: async (org, _, ctx) => ({
      ...(await ctx.loaders.laborSummary.load(org.id)),
      orgId: org.id,
    }),
    collectiveContracts: (org, args, ctx) =>
      ctx.loaders.contractsOfOrg({ limit: listLimit(args.first), status: args.status ?? null }).load(org.id),
    disputes: (org, args, ctx) =>
      ctx.loaders
        .disputesOfOrg({
          limit: listLimit(args.first),
          filter: { open: args.open ?? null, status: args.status ?? null },
        })
        .load(org.id),
    workersCongresses: (org, args, ctx) => ctx.loaders.congressesOfOrg(listLimit(args.first)).load(org.id),
    riskAssessments: (org, args, ctx) => ctx.loaders.assessmentsOfOrg(listLimit(args.first)).load(org.id),
  },
  LaborRelations: {
    // Risk screening is staff only (docs/architecture.md §3.4), even in the summary a MEMBER may read.
    riskLevel: (s, _, ctx) => (ctx.scope.kind === 'MEMBER' ? null : s.riskLevel),
    riskPeriod: (s, _, ctx) => (ctx.scope.kind === 'MEMBER' ? null : s.riskPeriod),
    // A row, not a counter: read only when selected (the figures come from labor_org_counters).
    lastWorkersCongress: async (s, _, ctx) => (await ctx.loaders.congressesOfOrg(1).load(s.orgId))[0] ?? null,
  },
} satisfies Resolvers;
