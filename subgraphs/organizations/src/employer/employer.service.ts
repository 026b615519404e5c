import {
  assertStaffMayWrite,
  badUserInput,
  conflict,
  isUniqueViolation,
  nameText,
  newId,
  parseInput,
  regionCode,
  toDbTimestamp,
  validateCreditCode,
} from '@union/kit';
import { z } from 'zod';
import type { Context } from '../context';
import { regionLink } from '../access/link-checks';
import { employerExistsWithCreditCode, insertEmployer } from './employer.repository';
import { toEmployer, type Employer, type EmployerRow } from './employer.table';
import { INDUSTRY_SECTIONS } from './industry';

const registerEmployerInput = z.object({
  name: nameText,
  creditCode: z.string(),
  industryCode: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => c in INDUSTRY_SECTIONS, 'must be a GB/T 4754 section letter A–T'),
  ownership: z.enum([
    'STATE_OWNED',
    'COLLECTIVE',
    'PRIVATE',
    'FOREIGN_INVESTED',
    'HONG_KONG_MACAO_TAIWAN',
    'JOINT_STOCK',
    'OTHER',
  ]),
  employeeCount: z.number().int().min(0, 'must not be negative').max(5_000_000, 'is implausibly large'),
  regionCode,
});

export async function registerEmployer(ctx: Context, raw: unknown): Promise<Employer> {
  const input = parseInput(registerEmployerInput, raw);
  const credit = validateCreditCode(input.creditCode);
  if (!credit.ok) throw badUserInput('input.creditCode', `input.creditCode: ${credit.reason}`);
  const region = await regionLink(ctx, input.regionCode, 'input.regionCode');
  assertStaffMayWrite(ctx.identity, { regionCode: region.code });

  const duplicate = () =>
    conflict('An employer with this unified social credit code is already registered', {
      field: 'input.creditCode',
    });
  if (await employerExistsWithCreditCode(ctx.db, credit.value.normalized)) throw duplicate();
  const row: EmployerRow = {
    id: newId(),
    name: input.name,
    credit_code: credit.value.normalized,
    industry_code: input.industryCode,
    ownership: input.ownership,
    employee_count: input.employeeCount,
    region_code: region.code,
    created_at: toDbTimestamp(),
  };
  try {
    await insertEmployer(ctx.db, row);
  } catch (error) {
    // Two registrations racing past the check above: the unique index decides.
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
  return toEmployer(row);
}
