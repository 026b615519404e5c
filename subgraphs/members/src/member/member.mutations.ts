import { payload } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import {
  changeMemberStatus,
  returnMember,
  updateMember,
  updateMyProfile,
  verifyMember,
} from './member.service';

export const memberMutations = {
  Mutation: {
    updateMyProfile: payload('member', updateMyProfile),
    updateMember: payload('member', updateMember),
    verifyMember: payload('member', verifyMember),
    returnMember: payload('member', returnMember),
    changeMemberStatus: payload('member', changeMemberStatus),
  },
} satisfies Resolvers;
