import {
  asciiCode,
  badUserInput,
  conflict,
  entityId as id,
  isoDate,
  isUniqueViolation,
  newId,
  noteText,
  parseInput,
  textBlock,
  TEXT_LIMITS,
  toDbTimestamp,
  assertStaffMayWrite,
} from '@union/kit';
import { z } from 'zod';
import { WRITE_DENIED } from '../access/write-denied';
import type { Context } from '../context';
import { requireActiveOrganization } from '../facts/require-organization';
import { riskLevel } from '../shared/inputs';
import { withRiskCounters } from '../stats/labor-counters';
import { toAssessment, type RiskAssessment, type RiskAssessmentRow } from './risk.table';

export const recordAssessmentInput = z.object({
  organizationId: id,
  period: asciiCode(/^\d{4}-(Q[1-4]|(0[1-9]|1[0-2]))$/, "must be 'YYYY-Qn' or 'YYYY-MM'"),
  assessedOn: isoDate,
  findings: textBlock(TEXT_LIMITS.document),
  riskLevel,
  followUp: noteText.nullish(),
});

/** Records one screening (矛盾纠纷排查) of an organization for a period; one per organization and period. */
export async function recordAssessment(ctx: Context, raw: unknown): Promise<RiskAssessment> {
  const input = parseInput(recordAssessmentInput, raw);
  if (input.assessedOn > ctx.today)
    throw badUserInput('input.assessedOn', 'input.assessedOn: must not be in the future');
  const org = await requireActiveOrganization(ctx, input.organizationId, 'input.organizationId');
  assertStaffMayWrite(ctx.identity, { regionCode: org.regionCode, orgId: org.id }, WRITE_DENIED);
  const row: RiskAssessmentRow = {
    id: newId(),
    org_id: org.id,
    region_code: org.regionCode,
    period: input.period,
    assessed_on: input.assessedOn,
    findings: input.findings,
    risk_level: input.riskLevel,
    follow_up: input.followUp ?? null,
    created_at: toDbTimestamp(),
  };
  try {
    await withRiskCounters(ctx.db, org.id, (trx) => trx.insertInto('risk_assessments').values(row).execute());
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict('The organization already has an assessment for this period', { field: 'input.period' });
    }
    throw error;
  }
  return toAssessment(row);
}
