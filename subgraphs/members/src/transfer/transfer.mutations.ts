import { payload } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { acceptTransfer, rejectTransfer, requestTransfer } from './transfer.service';

export const transferMutations = {
  Mutation: {
    requestMemberTransfer: payload('transfer', requestTransfer),
    acceptMemberTransfer: payload('transfer', acceptTransfer),
    rejectMemberTransfer: payload('transfer', rejectTransfer),
  },
} satisfies Resolvers;
