import {
  entityId as id,
  expectedVersion as version,
  isoDate,
  mobile,
  nameText,
  noteText,
  personName,
  reasonText,
  regionCode,
  textLine,
  TEXT_LIMITS,
} from '@union/kit';
import { z } from 'zod';
import { cents, riskLevel } from '../shared/inputs';
import {
  APPEAL_CATEGORIES,
  APPEAL_CHANNELS,
  APPEAL_KINDS,
  APPEAL_OUTCOMES,
  SATISFACTIONS,
} from './appeal.table';

/* Every string through the kit vocabulary (issue 9): ids, region codes, mobiles, bounded text. */
const expectedVersion = version.nullish();
const kind = z.enum(APPEAL_KINDS);
const category = z.enum(APPEAL_CATEGORIES);

/** The worker's own words: a one-line summary (≤ 200) and details (≤ 2,000, multi-line). */
const what = {
  kind,
  category,
  summary: nameText,
  details: noteText.nullish(),
  regionCode: regionCode.nullish(),
  organizationId: id.nullish(),
};

/** From the app (a MEMBER) or the web form (anonymous: a phone to call back is required). */
export const submitAppealInput = z.object({
  ...what,
  callerName: personName.nullish(),
  callerPhone: mobile.nullish(),
});

/** Staff registering a hotline, walk-in, letter or referral on the caller's behalf. */
export const registerAppealInput = z.object({
  ...what,
  channel: z.enum(APPEAL_CHANNELS),
  memberId: id.nullish(),
  callerName: personName.nullish(),
  callerPhone: mobile.nullish(),
  receivedOn: isoDate.nullish(),
});

export const appealMoveInput = z.object({ id, expectedVersion, note: noteText.nullish() });

export const dispatchAppealInput = z.object({
  id,
  expectedVersion,
  organizationId: id,
  note: noteText.nullish(),
});

export const returnAppealInput = z.object({ id, expectedVersion, reason: reasonText });

export const startAppealInput = z.object({
  id,
  expectedVersion,
  assignee: textLine(TEXT_LIMITS.label).nullish(),
  note: noteText.nullish(),
});

export const resolveAppealInput = z.object({
  id,
  expectedVersion,
  outcome: z.enum(APPEAL_OUTCOMES),
  resolution: noteText,
});

export const callBackInput = z.object({
  id,
  expectedVersion,
  satisfaction: z.enum(SATISFACTIONS),
  note: noteText.nullish(),
});

export const rateAppealInput = z.object({
  id,
  satisfaction: z.enum(['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED']),
  comment: noteText.nullish(),
});

export const escalateAppealInput = z.object({ id, expectedVersion, reason: reasonText });

export const appealNoteInput = z.object({ id, note: noteText, public: z.boolean().nullish() });

export const linkServiceRequestInput = z.object({ id, serviceRequestId: id });

export const linkHardshipCaseInput = z.object({ id, hardshipCaseId: id });

export const convertAppealInput = z.object({
  id,
  headcount: z.number().int().min(1, 'must be at least 1').max(1_000_000, 'is too large').nullish(),
  amountClaimedCents: cents.nullish(),
  riskLevel: riskLevel.nullish(),
});
