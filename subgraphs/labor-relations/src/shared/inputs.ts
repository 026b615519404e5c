import { parseIsoDate } from '@union/kit';
import { z } from 'zod';

/** Shared zod pieces for mutation inputs; messages never echo the value. */
export const id = z.string().trim().min(1, 'must not be empty').max(64, 'is not a valid id');
export const isoDate = z
  .string()
  .refine((v) => parseIsoDate(v) !== null, 'must be a real calendar date as YYYY-MM-DD');
export const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
export const riskLevel = z.enum(['LOW', 'MEDIUM', 'HIGH']);
export const cents = z
  .number()
  .int('must be whole cents')
  .min(0, 'must not be negative')
  .max(Number.MAX_SAFE_INTEGER, 'is too large');
export const expectedVersion = z.number().int().min(1, 'must be a version you read').nullish();
