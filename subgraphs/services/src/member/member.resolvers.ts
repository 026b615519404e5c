import { forbidden, pageSize } from '@union/kit';
import { hasRequiredFacts } from '../facts/entity-references';
import type { Resolvers } from '../generated/resolvers-types';

export const memberResolvers = {
  Member: {
    // The members subgraph checks scope on the Member itself; every field below is scoped in SQL.
    __resolveReference: (ref) => ref,
    recommendedPrograms: async (m, args, ctx) => {
      const first = pageSize(args);
      // Only the gateway reaches this field, always with the required facts; without them, nothing.
      if (!hasRequiredFacts(m)) return [];
      return (await ctx.loaders.recommendedPrograms.load(m)).slice(0, first);
    },
    serviceRequests: async (m, args, ctx) => {
      const first = pageSize(args);
      const rows = await ctx.loaders.requestsOfMember.load(m.id);
      return (args.status ? rows.filter((r) => r.status === args.status) : rows).slice(0, first);
    },
    participations: async (m, args, ctx) =>
      (await ctx.loaders.participationsOfMember.load(m.id)).slice(0, pageSize(args)),
    hardshipCase: (m, _, ctx) => {
      // Sensitive: never visible to another member (a staff scope is applied in SQL).
      if (ctx.scope.kind === 'MEMBER' && ctx.scope.memberId !== m.id)
        throw forbidden('Hardship cases are visible to the member themself and staff only');
      return ctx.loaders.currentCaseOfMember.load(m.id);
    },
  },
} satisfies Resolvers;
