import { z } from 'zod';
import { entityId as id, expectedVersion, idempotencyKey, isoDate, reasonText, textBlock } from '@union/kit';
import { HARDSHIP_REASONS } from './hardship.table';

const reasons = z
  .array(z.enum(HARDSHIP_REASONS))
  .min(1, 'must name at least one reason')
  .max(HARDSHIP_REASONS.length);
const householdSize = z.number().int().min(1, 'must be 1 to 30').max(30, 'must be 1 to 30');
const cents = z.number().int().min(0, 'must not be negative').max(100_000_000, 'is implausibly large');

export const openCaseInput = z.object({
  memberId: id,
  level: z.enum(['GENERAL', 'DEEP']),
  reasons,
  householdSize,
  monthlyIncomePerHeadCents: cents,
  openedOn: isoDate.nullish(),
  note: textBlock(1000).nullish(),
});

export const updateCaseInput = z.object({
  id,
  expectedVersion,
  level: z.enum(['GENERAL', 'DEEP']).nullish(),
  reasons: reasons.nullish(),
  householdSize: householdSize.nullish(),
  monthlyIncomePerHeadCents: cents.nullish(),
  note: textBlock(1000).nullish(),
});

export const relieveCaseInput = z.object({ id, relievedOn: isoDate.nullish() });
export const closeCaseInput = z.object({ id, reason: reasonText });

export const grantInput = z.object({
  caseId: id,
  amountCents: z.number().int().min(1, 'must be at least 1 cent').max(100_000_000, 'is implausibly large'),
  kind: z.enum(['CASH', 'GOODS', 'MEDICAL', 'EDUCATION', 'EMPLOYMENT']),
  grantedOn: isoDate.nullish(),
  grantingOrganizationId: id.nullish(),
  idempotencyKey,
  note: reasonText.nullish(),
});
