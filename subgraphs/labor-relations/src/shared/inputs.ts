import { z } from 'zod';

/*
 * Labor-relations pieces of the input vocabulary; ids, dates, codes and text come from the kit
 * (validation/text, validation/codes) like in every subgraph. Messages never echo the value.
 */
export const riskLevel = z.enum(['LOW', 'MEDIUM', 'HIGH']);
export const cents = z
  .number()
  .int('must be whole cents')
  .min(0, 'must not be negative')
  .max(Number.MAX_SAFE_INTEGER, 'is too large');
