import { mutation, payload } from '@union/kit';
import {
  approveApplication,
  rejectApplication,
  submitApplication,
  withdrawApplication,
} from './application/application.service';
import type { Resolvers } from './generated/resolvers-types';
import {
  changeMemberStatus,
  returnMember,
  updateMember,
  updateMyProfile,
  verifyMember,
} from './member/member.service';
import { acceptTransfer, rejectTransfer, requestTransfer } from './transfer/transfer.service';

export const memberMutations = {
  Mutation: {
    submitMembershipApplication: payload('application', submitApplication),
    approveMembershipApplication: mutation(approveApplication),
    rejectMembershipApplication: payload('application', rejectApplication),
    withdrawMembershipApplication: payload('application', withdrawApplication),
    updateMyProfile: payload('member', updateMyProfile),
    updateMember: payload('member', updateMember),
    verifyMember: payload('member', verifyMember),
    returnMember: payload('member', returnMember),
    changeMemberStatus: payload('member', changeMemberStatus),
    requestMemberTransfer: payload('transfer', requestTransfer),
    acceptMemberTransfer: payload('transfer', acceptTransfer),
    rejectMemberTransfer: payload('transfer', rejectTransfer),
  },
} satisfies Resolvers;
