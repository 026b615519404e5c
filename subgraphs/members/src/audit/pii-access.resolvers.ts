import { forbidden } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { pagePiiAccess } from './pii-access.repository';

export const piiAccessResolvers = {
  Query: {
    piiAccessLog: (_, args, ctx) => {
      if (ctx.identity?.role !== 'AUDITOR') throw forbidden('The PII access log is for auditors');
      return pagePiiAccess(ctx.db, ctx.scope, args.filter, args);
    },
  },
} satisfies Resolvers;
