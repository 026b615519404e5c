import { mutation } from '@union/kit';
import type { Context } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import {
  convertAppealToDispute,
  linkAppealToHardshipCase,
  linkAppealToServiceRequest,
} from './appeal-dispute.service';
import { registerAppeal, submitAppeal } from './appeal-intake.service';
import { appealInScope } from './appeal-scope';
import {
  acceptAppeal,
  addAppealNote,
  closeAppeal,
  dispatchAppeal,
  escalateAppeal,
  rateAppeal,
  recordAppealCallBack,
  resolveAppeal,
  returnAppeal,
  startAppeal,
} from './appeal-workflow.service';
import type { WorkerAppeal } from './appeal.table';

/** A mutation's answer: the appeal as the caller may still see it (null once it left the caller's scope). */
function asSeen<I>(run: (ctx: Context, input: I) => Promise<WorkerAppeal>) {
  return async (ctx: Context, input: I) => {
    const appeal = await run(ctx, input);
    return { appeal: appealInScope(ctx.scope, appeal) ? appeal : null };
  };
}

/** The public form's answer: the number and follow-up code, the appeal itself only to a caller who may see it. */
async function submitted(ctx: Context, input: unknown) {
  const result = await submitAppeal(ctx, input);
  return {
    number: result.appeal.number,
    dueAt: result.appeal.dueOn,
    followUpCode: result.followUpCode,
    appeal: result.visible ? result.appeal : null,
  };
}

export const appealMutations = {
  Mutation: {
    submitAppeal: mutation(submitted),
    registerAppeal: mutation(asSeen(registerAppeal)),
    acceptAppeal: mutation(asSeen(acceptAppeal)),
    dispatchAppeal: mutation(asSeen(dispatchAppeal)),
    returnAppeal: mutation(asSeen(returnAppeal)),
    startAppeal: mutation(asSeen(startAppeal)),
    resolveAppeal: mutation(asSeen(resolveAppeal)),
    recordAppealCallBack: mutation(asSeen(recordAppealCallBack)),
    rateAppeal: mutation(asSeen(rateAppeal)),
    escalateAppeal: mutation(asSeen(escalateAppeal)),
    closeAppeal: mutation(asSeen(closeAppeal)),
    addAppealNote: mutation(asSeen(addAppealNote)),
    convertAppealToDispute: mutation(asSeen(convertAppealToDispute)),
    linkAppealToServiceRequest: mutation(asSeen(linkAppealToServiceRequest)),
    linkAppealToHardshipCase: mutation(asSeen(linkAppealToHardshipCase)),
  },
} satisfies Resolvers;
