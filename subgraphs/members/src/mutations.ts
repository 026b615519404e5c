import {
  approveApplication,
  rejectApplication,
  submitApplication,
  withdrawApplication,
} from './application/application.service';
import type { Context } from './context';
import {
  changeMemberStatus,
  returnMember,
  updateMember,
  updateMyProfile,
  verifyMember,
} from './member/member.service';
import { acceptTransfer, rejectTransfer, requestTransfer } from './transfer/transfer.service';

type Input = { input: unknown };

export const memberMutations = {
  Mutation: {
    submitMembershipApplication: async (_: unknown, a: Input, ctx: Context) => ({
      application: await submitApplication(ctx, a.input),
    }),
    approveMembershipApplication: (_: unknown, a: Input, ctx: Context) => approveApplication(ctx, a.input),
    rejectMembershipApplication: async (_: unknown, a: Input, ctx: Context) => ({
      application: await rejectApplication(ctx, a.input),
    }),
    withdrawMembershipApplication: async (_: unknown, a: Input, ctx: Context) => ({
      application: await withdrawApplication(ctx, a.input),
    }),
    updateMyProfile: async (_: unknown, a: Input, ctx: Context) => ({
      member: await updateMyProfile(ctx, a.input),
    }),
    updateMember: async (_: unknown, a: Input, ctx: Context) => ({
      member: await updateMember(ctx, a.input),
    }),
    verifyMember: async (_: unknown, a: Input, ctx: Context) => ({
      member: await verifyMember(ctx, a.input),
    }),
    returnMember: async (_: unknown, a: Input, ctx: Context) => ({
      member: await returnMember(ctx, a.input),
    }),
    changeMemberStatus: async (_: unknown, a: Input, ctx: Context) => ({
      member: await changeMemberStatus(ctx, a.input),
    }),
    requestMemberTransfer: async (_: unknown, a: Input, ctx: Context) => ({
      transfer: await requestTransfer(ctx, a.input),
    }),
    acceptMemberTransfer: async (_: unknown, a: Input, ctx: Context) => ({
      transfer: await acceptTransfer(ctx, a.input),
    }),
    rejectMemberTransfer: async (_: unknown, a: Input, ctx: Context) => ({
      transfer: await rejectTransfer(ctx, a.input),
    }),
  },
};
