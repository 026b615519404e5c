import type { Insertable, Selectable } from 'kysely';

/** labor_counters: labor-relations figures per region level, metric, bucket (a day or a year) and value. */
export interface LaborCounterTable {
  region_code: string;
  metric: string;
  bucket: string;
  value: string;
  n: number;
}

export type LaborCounterRow = Selectable<LaborCounterTable>;
export type NewLaborCounter = Insertable<LaborCounterTable>;

/*
 * Contracts (SIGNED or FILED with a term), bucketed by the day the term ends (…_TO) and starts
 * (…_FROM), so "in force on D" = Σ _TO buckets ≥ D − Σ _FROM buckets > D, without a job:
 *   C_TO, C_FROM      contracts of any kind
 *   C_SHORT           contracts with a term under 32 days, bucket 'from/to' (expiring-within-30 of
 *                     a contract that has not started yet)
 *   G_EMP_TO/_FROM    employees covered by GENERAL contracts
 *   R_ORG_TO/_FROM    organizations covered by REGIONAL / INDUSTRY contracts
 *   O_TO, O_FROM      organizations with a GENERAL contract: one per maximal run of overlapping
 *                     GENERAL terms of one organization, so an organization counts once per day
 * Disputes: D_OPEN (value = category), D_OPEN_COL, and per year reported (bucket 'YYYY'): D_YEAR,
 *   D_YEAR_COL, D_CLAIMED, D_RECOVER (cents).
 * Risk: RISK_HIGH, organizations whose latest assessment is HIGH.
 */
export const LABOR_METRICS = [
  'C_TO',
  'C_FROM',
  'C_SHORT',
  'G_EMP_TO',
  'G_EMP_FROM',
  'R_ORG_TO',
  'R_ORG_FROM',
  'O_TO',
  'O_FROM',
  'D_OPEN',
  'D_OPEN_COL',
  'D_YEAR',
  'D_YEAR_COL',
  'D_CLAIMED',
  'D_RECOVER',
  'RISK_HIGH',
] as const;
export type LaborMetric = (typeof LABOR_METRICS)[number];

/** labor_org_counters: Organization.laborRelations per organization (metrics in labor-org-counters.ts). */
export interface LaborOrgCounterTable {
  org_id: string;
  region_code: string;
  metric: string;
  bucket: string;
  value: string;
  n: number;
}

export type LaborOrgCounterRow = Selectable<LaborOrgCounterTable>;
export type NewLaborOrgCounter = Insertable<LaborOrgCounterTable>;
