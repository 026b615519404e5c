import type { Scope } from '@union/kit';
import type { Kysely } from 'kysely';
import { orgWidePredicate } from '../access/org-scope';
import { findCongressesByOrgIds } from '../congress/congress.repository';
import type { WorkersCongress } from '../congress/congress.table';
import type { Database } from '../db/database';
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

/** What LaborRelations' fields receive: the summary and whose it is (the appeal figures load by orgId). */
export interface OrganizationLaborRelations extends LaborRelationsSummary {
  orgId: string;
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
 * Summaries of many organizations from the counters kept by the writes (labor_org_counters,
 * docs/architecture.md §7): one statement over its primary key, scoped in SQL with the
 * organization-wide scope (a member's own organization, staff's jurisdiction). "Valid contract"
 * means a GENERAL collective contract in force on `asOf` (its 'from/to' term contains the date);
 * contractExpiresOn is the latest end date among them. The last congress is a row, not a figure:
 * it is read only when `congress` is asked for (LaborRelations.lastWorkersCongress loads it itself).
 */
export async function laborSummaries(
  db: Kysely<Database>,
  orgIds: readonly string[],
  scope: Scope,
  asOf: string,
  options: { congress?: boolean } = {},
): Promise<{ summaries: Map<string, LaborRelationsSummary>; seen: Set<string> }> {
  const summaries = new Map(orgIds.map((id) => [id, empty()]));
  const seen = new Set<string>();
  if (orgIds.length === 0) return { summaries, seen };
  const ids = [...orgIds];

  const cells = await db
    .selectFrom('labor_org_counters')
    .select(['org_id', 'metric', 'bucket', 'value', 'n'])
    .where('org_id', 'in', ids)
    .where(orgWidePredicate(scope, 'labor_org_counters'))
    .where('n', '!=', 0)
    .execute();
  for (const c of cells) {
    const s = summaries.get(c.org_id);
    if (!s) continue;
    seen.add(c.org_id);
    const n = Number(c.n);
    const [from, to] = c.bucket.split('/') as [string, string];
    const inForce = (c.metric === 'C_TERM' || c.metric === 'G_TERM') && from <= asOf && asOf <= to;
    if (c.metric === 'C_TERM' && inForce) s.contractsInForce += n;
    if (c.metric === 'G_TERM' && inForce) {
      s.hasValidContract = true;
      if (!s.contractExpiresOn || to > s.contractExpiresOn) s.contractExpiresOn = to;
    }
    if (c.metric === 'D_OPEN') s.openDisputes += n;
    if (c.metric === 'D_OPEN_COL') s.openCollectiveDisputes += n;
    if (c.metric === 'RISK') {
      s.riskLevel = c.value as RiskLevel;
      s.riskPeriod = c.bucket;
    }
  }

  if (options.congress ?? true) {
    for (const congress of await findCongressesByOrgIds(db, ids, { scope, limit: 1 })) {
      seen.add(congress.orgId);
      summaries.get(congress.orgId)!.lastWorkersCongress = congress;
    }
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
