import { z } from 'zod';
import { id, text } from '../shared.inputs';

export const requestServiceInput = z.object({
  programId: id,
  memberId: id.nullish(),
  note: text(500).nullish(),
});

export const transitionRequestInput = z.object({
  id,
  to: z.enum(['ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED', 'CANCELLED']),
  reason: text(500).nullish(),
});

export const rateRequestInput = z.object({
  id,
  rating: z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
  comment: text(1000).nullish(),
});
