import { z } from 'zod';
import { expectedVersion, id, isoDate, text } from '../shared/inputs';

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
  title: text(200),
  coveredEmployees: employees.nullish(),
  wageIncreaseBasisPoints: basisPoints.nullish(),
});

export const contractMoveInput = z.object({ id, expectedVersion });

export const recordRoundInput = z.object({
  contractId: id,
  heldOn: isoDate,
  summary: text(2000),
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
  reason: text(500),
  terminatedOn: isoDate.nullish(),
});
