import type { Resolvers } from '../generated/resolvers-types';
import { pageCongresses } from './congress.repository';

/** Democratic management (职代会). */
export const congressResolvers = {
  Query: {
    workersCongresses: (_, args, ctx) =>
      pageCongresses(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
  },
  WorkersCongress: {
    organization: (c) => ({ id: c.orgId }),
  },
} satisfies Resolvers;
