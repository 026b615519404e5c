import type { Insertable, Selectable } from 'kysely';
import type { RiskLevel } from '../shared/risk-level';

export interface RiskAssessmentTable {
  id: string;
  org_id: string;
  region_code: string;
  /** 'YYYY-Qn' (quarterly screening) or 'YYYY-MM'; sorts in time order as text. */
  period: string;
  assessed_on: string;
  findings: string;
  risk_level: RiskLevel;
  follow_up: string | null;
  created_at: string;
}

export type RiskAssessmentRow = Selectable<RiskAssessmentTable>;
export type NewRiskAssessment = Insertable<RiskAssessmentTable>;

export interface RiskAssessment {
  id: string;
  orgId: string;
  regionCode: string;
  period: string;
  assessedOn: string;
  findings: string;
  riskLevel: RiskLevel;
  followUp: string | null;
  createdAt: string;
}

export function toAssessment(row: RiskAssessmentRow): RiskAssessment {
  return {
    id: row.id,
    orgId: row.org_id,
    regionCode: row.region_code,
    period: row.period,
    assessedOn: row.assessed_on,
    findings: row.findings,
    riskLevel: row.risk_level,
    followUp: row.follow_up,
    createdAt: row.created_at,
  };
}
