import type { Context } from '../context';
import {
  createContract,
  fileContract,
  recordRound,
  signContract,
  startNegotiation,
  terminateContract,
} from './contract.service';

type Input = { input: unknown };

export const contractMutations = {
  Mutation: {
    createCollectiveContract: async (_: unknown, args: Input, ctx: Context) => ({
      contract: await createContract(ctx, args.input),
    }),
    startContractNegotiation: async (_: unknown, args: Input, ctx: Context) => ({
      contract: await startNegotiation(ctx, args.input),
    }),
    recordNegotiationRound: (_: unknown, args: Input, ctx: Context) => recordRound(ctx, args.input),
    signCollectiveContract: async (_: unknown, args: Input, ctx: Context) => ({
      contract: await signContract(ctx, args.input),
    }),
    fileCollectiveContract: async (_: unknown, args: Input, ctx: Context) => ({
      contract: await fileContract(ctx, args.input),
    }),
    terminateCollectiveContract: async (_: unknown, args: Input, ctx: Context) => ({
      contract: await terminateContract(ctx, args.input),
    }),
  },
};
