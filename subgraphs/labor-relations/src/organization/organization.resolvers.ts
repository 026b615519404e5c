import type { Context } from '../context';
import type { ContractStatus } from '../contract/contract-status';
import type { DisputeStatus } from '../dispute/dispute-status';
import type { LaborRelationsSummary } from './labor-summary.repository';
import { listLimit } from '../shared/per-key-limit';

type Org = { id: string };

/** Fields labor relations adds to Organization; each is one batched statement per request. */
export const organizationResolvers = {
  Organization: {
    // No row of its own here: the reference is the organization; every field scopes its rows.
    __resolveReference: (ref: Org) => ({ id: ref.id }),
    // orgId rides along for the appeal figures (LaborRelations.openAppeals, rightsComplaintsLast90Days).
    laborRelations: async (org: Org, _: unknown, ctx: Context) => ({
      ...(await ctx.loaders.laborSummary.load(org.id)),
      orgId: org.id,
    }),
    collectiveContracts: (
      org: Org,
      args: { status?: ContractStatus | null; first?: number | null },
      ctx: Context,
    ) =>
      ctx.loaders.contractsOfOrg({ limit: listLimit(args.first), status: args.status ?? null }).load(org.id),
    disputes: (
      org: Org,
      args: { open?: boolean | null; status?: DisputeStatus | null; first?: number | null },
      ctx: Context,
    ) =>
      ctx.loaders
        .disputesOfOrg({
          limit: listLimit(args.first),
          filter: { open: args.open ?? null, status: args.status ?? null },
        })
        .load(org.id),
    workersCongresses: (org: Org, args: { first?: number | null }, ctx: Context) =>
      ctx.loaders.congressesOfOrg(listLimit(args.first)).load(org.id),
    riskAssessments: (org: Org, args: { first?: number | null }, ctx: Context) =>
      ctx.loaders.assessmentsOfOrg(listLimit(args.first)).load(org.id),
  },
  LaborRelations: {
    // Risk screening is staff only (docs/architecture.md §3.4), even in the summary a MEMBER may read.
    riskLevel: (s: LaborRelationsSummary, _: unknown, ctx: Context) =>
      ctx.scope.kind === 'MEMBER' ? null : s.riskLevel,
    riskPeriod: (s: LaborRelationsSummary, _: unknown, ctx: Context) =>
      ctx.scope.kind === 'MEMBER' ? null : s.riskPeriod,
    // A row, not a counter: read only when selected (the figures come from labor_org_counters).
    lastWorkersCongress: async (s: { orgId: string }, _: unknown, ctx: Context) =>
      (await ctx.loaders.congressesOfOrg(1).load(s.orgId))[0] ?? null,
  },
};
