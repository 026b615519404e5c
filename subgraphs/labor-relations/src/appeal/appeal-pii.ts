import { forbidden, hasPerm, maskMobile, newId, toDbTimestamp, PiiCipher } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { insertAppealPiiReads } from './appeal-pii.repository';
import type { AppealPiiAccessTable, WorkerAppeal } from './appeal.table';

export type AppealPiiKind = 'phone';
export type AppealCipher = PiiCipher<AppealPiiKind>;
export const PII_READ = 'pii:read';

/** '张**': the first character, the rest starred (a name alone is not rebuilt from the mask). */
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 3))}`;
}

/**
 * Every full read of a caller's name or phone writes one audit row before the value is returned
 * (batched per tick: a list showing 50 phones is one INSERT), like members' pii_access_log.
 */
export function createAppealPiiAudit(
  db: Kysely<Database>,
  who: { actor: string; role: string; requestId: string },
) {
  return new DataLoader<{ appeal: WorkerAppeal; field: AppealPiiAccessTable['field'] }, true, string>(
    async (reads) => {
      const at = toDbTimestamp();
      await insertAppealPiiReads(
        db,
        reads.map((r) => ({
          id: newId(),
          region_code: r.appeal.regionCode,
          appeal_id: r.appeal.id,
          actor: who.actor.slice(0, 100),
          actor_role: who.role,
          field: r.field,
          request_id: who.requestId.slice(0, 64),
          created_at: at,
        })),
      );
      return reads.map(() => true as const);
    },
    { cacheKeyFn: (r) => `${r.appeal.id}:${r.field}`, maxBatchSize: 500 },
  );
}

export interface PiiReadContext {
  identity: Parameters<typeof hasPerm>[0];
  pii: AppealCipher;
  appealAudit: ReturnType<typeof createAppealPiiAudit>;
}

/** The full value: pii:read (the row is already in scope: it was read through the scoped loader). */
export async function readCallerValue(
  ctx: PiiReadContext,
  appeal: WorkerAppeal,
  field: AppealPiiAccessTable['field'],
): Promise<string | null> {
  const stored = field === 'CALLER_NAME' ? appeal.callerNameEnc : appeal.callerPhoneEnc;
  if (!stored) return null;
  if (!hasPerm(ctx.identity, PII_READ)) {
    throw forbidden("Reading a caller's personal information needs the pii:read grant");
  }
  await ctx.appealAudit.load({ appeal, field });
  return ctx.pii.decrypt(stored);
}

export function maskedCaller(ctx: PiiReadContext, appeal: WorkerAppeal) {
  return {
    name: appeal.callerNameEnc ? maskName(ctx.pii.decrypt(appeal.callerNameEnc)) : null,
    phone: appeal.callerPhoneEnc ? maskMobile(ctx.pii.decrypt(appeal.callerPhoneEnc)) : null,
  };
}
