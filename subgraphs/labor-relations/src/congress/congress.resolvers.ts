import type { PageArgs } from '@union/kit';
import type { Context } from '../context';
import { recordAssessment } from '../risk/risk.service';
import { pageAssessments, type RiskFilter } from '../risk/risk.repository';
import type { RiskAssessment } from '../risk/risk.table';
import { pageCongresses, type CongressFilter } from './congress.repository';
import { recordCongress } from './congress.service';
import type { WorkersCongress } from './congress.table';

type Input = { input: unknown };

/** Democratic management (职代会) and risk screening (矛盾排查). */
export const congressResolvers = {
  Query: {
    workersCongresses: (_: unknown, args: PageArgs & { filter?: CongressFilter | null }, ctx: Context) =>
      pageCongresses(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
    riskAssessments: (_: unknown, args: PageArgs & { filter?: RiskFilter | null }, ctx: Context) =>
      pageAssessments(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
  },
  Mutation: {
    recordWorkersCongress: async (_: unknown, args: Input, ctx: Context) => ({
      congress: await recordCongress(ctx, args.input),
    }),
    recordRiskAssessment: async (_: unknown, args: Input, ctx: Context) => ({
      assessment: await recordAssessment(ctx, args.input),
    }),
  },
  WorkersCongress: {
    organization: (c: WorkersCongress) => ({ id: c.orgId }),
  },
  RiskAssessment: {
    organization: (a: RiskAssessment) => ({ id: a.orgId }),
  },
};
