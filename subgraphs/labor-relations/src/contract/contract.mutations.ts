import { mutation, payload } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import {
  createContract,
  fileContract,
  recordRound,
  signContract,
  startNegotiation,
  terminateContract,
} from './contract.service';

export const contractMutations = {
  Mutation: {
    createCollectiveContract: payload('contract', createContract),
    startContractNegotiation: payload('contract', startNegotiation),
    recordNegotiationRound: mutation(recordRound),
    signCollectiveContract: payload('contract', signContract),
    fileCollectiveContract: payload('contract', fileContract),
    terminateCollectiveContract: payload('contract', terminateContract),
  },
} satisfies Resolvers;
