import type { Resolvers } from '../generated/resolvers-types';
import { pageAssessments } from './risk.repository';

/** Risk screening (矛盾排查). */
export const riskResolvers = {
  Query: {
    riskAssessments: (_, args, ctx) =>
      pageAssessments(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
  },
  RiskAssessment: {
    organization: (a) => ({ id: a.orgId }),
  },
} satisfies Resolvers;
