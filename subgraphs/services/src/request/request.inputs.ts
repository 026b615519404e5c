import { z } from 'zod';
import { entityId as id, textBlock, TEXT_LIMITS } from '@union/kit';

export const requestServiceInput = z.object({
  programId: id,
  memberId: id.nullish(),
  note: textBlock(TEXT_LIMITS.reason).nullish(),
});

export const transitionRequestInput = z.object({
  id,
  to: z.enum(['ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED', 'CANCELLED']),
  reason: textBlock(TEXT_LIMITS.reason).nullish(),
});

export const rateRequestInput = z.object({
  id,
  rating: z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
  comment: textBlock(1000).nullish(),
});
