import type { Resolvers } from '../generated/resolvers-types';
import { programOrForbidden } from '../program/program.loaders';
import { requestOrForbidden } from '../request/request.loaders';

export const participationResolvers = {
  Participation: {
    member: (p) => ({ __typename: 'Member', id: p.memberId }),
    program: (p, _, ctx) => programOrForbidden(ctx.loaders, p.programId),
    request: (p, _, ctx) => (p.requestId ? requestOrForbidden(ctx.loaders, p.requestId) : null),
  },
} satisfies Resolvers;
