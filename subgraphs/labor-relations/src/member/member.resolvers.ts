import type { Context } from '../context';
import { listLimit } from '../shared/per-key-limit';

export const memberResolvers = {
  Member: {
    // Nothing of the member is stored here; Member.disputes scopes its rows (a MEMBER: its own).
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    disputes: (
      member: { id: string },
      args: { open?: boolean | null; first?: number | null },
      ctx: Context,
    ) =>
      ctx.loaders.disputesOfMember({ limit: listLimit(args.first), open: args.open ?? null }).load(member.id),
  },
};
