import { validateCreditCode, validateMobile, validateNationalId } from '@union/kit';
import { z } from 'zod';
import { EDUCATIONS, SKILL_LEVELS } from './member.table';

export const personName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters');
export const id = z.string().trim().min(1, 'must not be empty').max(64, 'is not a valid id');
export const reason = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(500, 'must be at most 500 characters');
export const education = z.enum(EDUCATIONS);
export const skillLevel = z.enum(SKILL_LEVELS);
export const hukouType = z.enum(['URBAN', 'RURAL']);
export const occupation = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters');

/** Validator reasons are fixed texts that never echo the value (kit contract). */
export const nationalId = z.string().transform((value, ctx) => {
  const result = validateNationalId(value);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  }
  return result.value;
});

export const mobile = z.string().transform((value, ctx) => {
  const result = validateMobile(value);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  }
  return result.value.normalized;
});

export const creditCode = z.string().transform((value, ctx) => {
  const result = validateCreditCode(value);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  }
  return result.value.normalized;
});

export const submitApplicationInput = z.object({
  name: personName,
  idNumber: nationalId,
  phone: mobile,
  organizationId: id,
  hukouType,
  employerName: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200, 'must be at most 200 characters')
    .nullish(),
  employerCreditCode: creditCode.nullish(),
  education: education.nullish(),
  occupation: occupation.nullish(),
});

export const reviewApplicationInput = z.object({ id });
export const rejectApplicationInput = z.object({ id, reason });
export const withdrawApplicationInput = z.object({ id, idNumber: nationalId });

export const updateMyProfileInput = z.object({
  phone: mobile.nullish(),
  education: education.nullish(),
  occupation: occupation.nullish(),
  skillLevel: skillLevel.nullish(),
});

export const updateMemberInput = z.object({
  id,
  expectedVersion: z.number().int().min(1, 'must be a version you read'),
  name: personName.nullish(),
  phone: mobile.nullish(),
  hukouType: hukouType.nullish(),
  isMigrantWorker: z.boolean().nullish(),
  education: education.nullish(),
  occupation: occupation.nullish(),
  skillLevel: skillLevel.nullish(),
  modelWorkerLevel: z.enum(['NATIONAL', 'PROVINCIAL', 'CITY']).nullish(),
});

export const verifyMemberInput = z.object({ id });
export const returnMemberInput = z.object({ id, note: reason });
export const changeMemberStatusInput = z.object({
  id,
  status: z.enum(['ACTIVE', 'TRANSFERRING', 'LAPSED', 'WITHDRAWN', 'DECEASED']),
  reason,
});

export const requestTransferInput = z.object({
  memberId: id,
  toOrganizationId: id,
  reason: reason.nullish(),
});
export const decideTransferInput = z.object({ id });
export const rejectTransferInput = z.object({ id, reason });
