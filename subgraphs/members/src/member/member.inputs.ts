import {
  creditCode,
  entityId,
  expectedVersion,
  labelText,
  mobile,
  nameText,
  nationalId,
  personName,
  reasonText,
} from '@union/kit';
import { z } from 'zod';
import { EDUCATIONS, SKILL_LEVELS } from './member.table';

/*
 * Members' inputs in the kit vocabulary (validation/text, validation/codes): names are one line of
 * NFC text without control or bidi characters, identity numbers, phones and credit codes go through
 * the kit validators, whose reasons never echo the value (personal information).
 */
export { creditCode, mobile, nationalId, personName };
export const id = entityId;
export const reason = reasonText;
export const education = z.enum(EDUCATIONS);
export const skillLevel = z.enum(SKILL_LEVELS);
export const hukouType = z.enum(['URBAN', 'RURAL']);
export const occupation = labelText;

export const submitApplicationInput = z.object({
  name: personName,
  idNumber: nationalId,
  phone: mobile,
  organizationId: id,
  hukouType,
  employerName: nameText.nullish(),
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
  expectedVersion,
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
