import { z } from 'zod';
import {
  entityId as id,
  expectedVersion as version,
  isoDate,
  nameText,
  noteText,
  reasonText,
} from '@union/kit';

const expectedVersion = version.nullish();

const kind = z.enum(['GENERAL', 'WAGE_SPECIAL', 'FEMALE_WORKERS_SPECIAL', 'SAFETY_SPECIAL']);
const employees = z.number().int().min(1, 'must be at least 1').max(10_000_000, 'is too large');
/** -100.00% … +100.00% in basis points (a wage agreement may also record a cut). */
const basisPoints = z
  .number()
  .int()
  .min(-10_000, 'must be within ±10000')
  .max(10_000, 'must be within ±10000');

export const createContractInput = z.object({
  organizationId: id,
  kind,
  coverage: z.enum(['ENTERPRISE', 'REGIONAL', 'INDUSTRY']).nullish(),
  coveredOrganizations: z.number().int().min(1, 'must be at least 1').max(1_000_000).nullish(),
  title: nameText,
  coveredEmployees: employees.nullish(),
  wageIncreaseBasisPoints: basisPoints.nullish(),
});

export const contractMoveInput = z.object({ id, expectedVersion });

export const recordRoundInput = z.object({
  contractId: id,
  heldOn: isoDate,
  summary: noteText,
});

export const signContractInput = z.object({
  id,
  expectedVersion,
  signedOn: isoDate,
  effectiveFrom: isoDate,
  effectiveTo: isoDate,
  coveredEmployees: employees,
  wageIncreaseBasisPoints: basisPoints.nullish(),
});

export const fileContractInput = z.object({ id, expectedVersion, filedOn: isoDate });

export const terminateContractInput = z.object({
  id,
  expectedVersion,
  reason: reasonText,
  terminatedOn: isoDate.nullish(),
});
