import type { Resolvers } from '../generated/resolvers-types';
import { listLimit } from '../shared/per-key-limit';

export const memberResolvers = {
  Member: {
    // Nothing of the member is stored here; Member.disputes scopes its rows (a MEMBER: its own).
    __resolveReference: (ref) => ({ id: ref.id }),
    disputes: (member, args, ctx) =>
      ctx.loaders.disputesOfMember({ limit: listLimit(args.first), open: args.open ?? null }).load(member.id),
  },
} satisfies Resolvers;
