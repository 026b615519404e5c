import type { Scope } from '@union/kit';
import { sql, type Kysely } from 'kysely';
import { orgWidePredicate } from '../access/org-scope';
import { contractInForce } from '../contract/contract-status';
import { findCongressesByOrgIds } from '../congress/congress.repository';
import type { WorkersCongress } from '../congress/congress.table';
import type { Database } from '../db/database';
import { isLatestAssessment } from '../risk/risk.repository';
import type { RiskLevel } from '../shared/risk-level';

/** Organization.laborRelations: the state of an organization's labor relations at a glance. */
export interface LaborRelationsSummary {
  hasValidContract: boolean;
  contractExpiresOn: string | null;
  contractsInForce: number;
  openDisputes: number;
  openCollectiveDisputes: number;
  riskLevel: RiskLevel | null;
  riskPeriod: string | null;
  lastWorkersCongress: WorkersCongress | null;
}

const empty = (): LaborRelationsSummary => ({
  hasValidContract: false,
  contractExpiresOn: null,
  contractsInForce: 0,
  openDisputes: 0,
  openCollectiveDisputes: 0,
  riskLevel: null,
  riskPeriod: null,
  lastWorkersCongress: null,
});

/*
 * Summaries of many organizations in four grouped statements (contracts in force, open disputes,
 * latest risk assessment, last congress), each served by an (org_id, …) index and scoped in SQL
 * with the organization-wide scope: a member's own organization, staff's jurisdiction. Figures
 * are counts; no person is named. "Valid contract" means a GENERAL collective contract in force;
 * contractExpiresOn is the latest end date among them.
 */
export async function laborSummaries(
  db: Kysely<Database>,
  orgIds: readonly string[],
  scope: Scope,
  asOf: string,
): Promise<{ summaries: Map<string, LaborRelationsSummary>; seen: Set<string> }> {
  const summaries = new Map(orgIds.map((id) => [id, empty()]));
  const seen = new Set<string>();
  if (orgIds.length === 0) return { summaries, seen };
  const ids = [...orgIds];

  const contracts = await db
    .selectFrom('collective_contracts')
    .select([
      'org_id',
      sql<number>`count(*)`.as('n'),
      sql<string | null>`max(case when kind = 'GENERAL' then effective_to end)`.as('general_to'),
    ])
    .where('org_id', 'in', ids)
    .where(orgWidePredicate(scope, 'collective_contracts'))
    .where((eb) => contractInForce(eb, 'collective_contracts', asOf))
    .groupBy('org_id')
    .execute();
  for (const row of contracts) {
    const s = summaries.get(row.org_id)!;
    seen.add(row.org_id);
    s.contractsInForce = Number(row.n);
    s.contractExpiresOn = row.general_to ?? null;
    s.hasValidContract = row.general_to != null;
  }

  const disputes = await db
    .selectFrom('labor_disputes')
    .select(['org_id', sql<number>`count(*)`.as('n'), sql<number>`sum(is_collective)`.as('collective')])
    .where('org_id', 'in', ids)
    .where(orgWidePredicate(scope, 'labor_disputes'))
    .where('status', '!=', 'CLOSED')
    .groupBy('org_id')
    .execute();
  for (const row of disputes) {
    const s = summaries.get(row.org_id)!;
    seen.add(row.org_id);
    s.openDisputes = Number(row.n);
    s.openCollectiveDisputes = Number(row.collective ?? 0);
  }

  const risks = await db
    .selectFrom('risk_assessments')
    .select(['org_id', 'risk_level', 'period'])
    .where('org_id', 'in', ids)
    .where(orgWidePredicate(scope, 'risk_assessments'))
    .where(isLatestAssessment('risk_assessments'))
    .execute();
  for (const row of risks) {
    const s = summaries.get(row.org_id)!;
    seen.add(row.org_id);
    s.riskLevel = row.risk_level;
    s.riskPeriod = row.period;
  }

  for (const congress of await findCongressesByOrgIds(db, ids, { scope, limit: 1 })) {
    seen.add(congress.orgId);
    summaries.get(congress.orgId)!.lastWorkersCongress = congress;
  }
  return { summaries, seen };
}

/**
 * The region codes under which these organizations have labor-relations rows, unscoped: tells an
 * organization outside the caller's region (FORBIDDEN) from one with nothing recorded (an empty
 * summary). Every row of an organization carries the same region code, copied at write time.
 */
export async function regionsOfOrgs(
  db: Kysely<Database>,
  orgIds: readonly string[],
): Promise<Map<string, string>> {
  if (orgIds.length === 0) return new Map();
  const ids = [...orgIds];
  const rows = await db
    .selectFrom('collective_contracts')
    .select(['org_id', 'region_code'])
    .where('org_id', 'in', ids)
    .union(db.selectFrom('labor_disputes').select(['org_id', 'region_code']).where('org_id', 'in', ids))
    .union(db.selectFrom('workers_congresses').select(['org_id', 'region_code']).where('org_id', 'in', ids))
    .union(db.selectFrom('risk_assessments').select(['org_id', 'region_code']).where('org_id', 'in', ids))
    .execute();
  return new Map(rows.map((r) => [r.org_id, r.region_code]));
}
