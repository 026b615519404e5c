import { z } from 'zod';
import { entityId as id, expectedVersion as version, isoDate, noteText } from '@union/kit';
import { cents, riskLevel } from '../shared/inputs';

const expectedVersion = version.nullish();

const status = z.enum(['REPORTED', 'MEDIATING', 'MEDIATED', 'ARBITRATION', 'LITIGATION', 'CLOSED']);

export const reportDisputeInput = z.object({
  organizationId: id,
  category: z.enum([
    'WAGE_ARREARS',
    'CONTRACT',
    'SOCIAL_INSURANCE',
    'WORKING_HOURS',
    'OCCUPATIONAL_INJURY',
    'DISMISSAL',
    'OTHER',
  ]),
  summary: noteText,
  claimantMemberIds: z.array(id).max(500, 'at most 500 named claimants'),
  headcount: z.number().int().min(1, 'must be at least 1').max(1_000_000, 'is too large'),
  amountClaimedCents: cents,
  riskLevel,
  reportedOn: isoDate.nullish(),
  legalAidRequestId: id.nullish(),
});

export const moveDisputeInput = z.object({
  id,
  to: status,
  note: noteText.nullish(),
  amountRecoveredCents: cents.nullish(),
  expectedVersion,
});

export const disputeNoteInput = z.object({ id, note: noteText });
