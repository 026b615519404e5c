import type { Context } from '../context';
import { programOrForbidden } from '../program/program.resolvers';
import { requestOrForbidden } from '../request/request.resolvers';
import { checkInParticipants, recordParticipation } from './participation.service';
import type { Participation } from './participation.table';

type Input = { input: unknown };

export const participationResolvers = {
  Mutation: {
    recordParticipation: (_: unknown, args: Input, ctx: Context) => recordParticipation(ctx, args.input),
    checkInParticipants: (_: unknown, args: Input, ctx: Context) => checkInParticipants(ctx, args.input),
  },
  Participation: {
    member: (p: Participation) => ({ __typename: 'Member', id: p.memberId }),
    program: (p: Participation, _: unknown, ctx: Context) => programOrForbidden(ctx, p.programId),
    request: (p: Participation, _: unknown, ctx: Context) =>
      p.requestId ? requestOrForbidden(ctx, p.requestId) : null,
  },
};
