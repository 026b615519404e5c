import { likePrefix } from '@union/kit';
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { contractInForce } from '../contract/contract-status.repository';
import type { Database } from '../db/database';
import type { DisputeCategory } from '../dispute/dispute.table';
import { isLatestAssessment } from '../risk/risk.repository';
import { addDays, startOfYear } from '../shared/dates';

/** Region.laborStats: labor-relations figures of a region, counted by the database. */
export interface LaborStats {
  /** Organizations with a GENERAL collective contract in force (enterprise or as signatory). */
  organizationsWithValidContract: number;
  /** Organizations covered by regional or industry contracts in force (as reported on the contracts). */
  organizationsCoveredByRegionalContracts: number;
  /** Employees covered by GENERAL contracts in force. */
  employeesCovered: number;
  /** Contracts (any kind) in force whose term ends within 30 days. */
  contractsExpiringWithin30Days: number;
  openDisputes: number;
  openDisputesByCategory: { category: DisputeCategory; count: number }[];
  openCollectiveDisputes: number;
  disputesReportedThisYear: number;
  collectiveDisputesThisYear: number;
  amountClaimedThisYearCents: number;
  amountRecoveredThisYearCents: number;
  /** Organizations whose latest risk assessment is HIGH. */
  organizationsAtHighRisk: number;
}

const emptyStats = (): LaborStats => ({
  organizationsWithValidContract: 0,
  organizationsCoveredByRegionalContracts: 0,
  employeesCovered: 0,
  contractsExpiringWithin30Days: 0,
  openDisputes: 0,
  openDisputesByCategory: [],
  openCollectiveDisputes: 0,
  disputesReportedThisYear: 0,
  collectiveDisputesThisYear: 0,
  amountClaimedThisYearCents: 0,
  amountRecoveredThisYearCents: 0,
  organizationsAtHighRisk: 0,
});

/** The fewest prefixes that cover every requested code ('44' covers '4401'). */
function coveringPrefixes(codes: readonly string[]): string[] {
  const kept: string[] = [];
  for (const code of [...codes].sort((a, b) => a.length - b.length)) {
    if (!kept.some((k) => code.startsWith(k))) kept.push(code);
  }
  return kept;
}

/*
 * Figures for many regions in four statements whatever the number of regions (the organizations
 * subgraph's technique): rows under the covering prefixes are grouped by their region code cut to
 * the longest requested length, and each group is added to every requested code it falls under.
 * Each statement ranges over an index that begins with region_code; no row reaches JavaScript,
 * only one group per (prefix[, category]). An organization has one region code, so distinct
 * organization counts per group add up without double counting.
 */
export async function laborStatsForRegions(
  db: Kysely<Database>,
  codes: readonly string[],
  asOf: string,
): Promise<Map<string, LaborStats>> {
  const result = new Map(codes.map((c) => [c, emptyStats()]));
  if (codes.length === 0) return result;
  const length = Math.max(...codes.map((c) => c.length));
  const covering = coveringPrefixes(codes);
  const under = (prefix: string) => codes.filter((c) => prefix.startsWith(c)).map((c) => result.get(c)!);
  const prefixOf = sql<string>`substr(region_code, 1, ${sql.lit(length)})`;
  const inRegions = (table: string) => (eb: ExpressionBuilder<any, any>) =>
    eb.or(covering.map((code) => likePrefix(eb, `${table}.region_code`, code)));
  const soon = addDays(asOf, 30);

  const contracts = await db
    .selectFrom('collective_contracts')
    .select([
      prefixOf.as('prefix'),
      sql<number>`count(distinct case when kind = 'GENERAL' then org_id end)`.as('orgs'),
      sql<number>`sum(case when kind = 'GENERAL' then covered_employees else 0 end)`.as('employees'),
      sql<number>`sum(case when coverage <> 'ENTERPRISE' then covered_organizations else 0 end)`.as(
        'regional',
      ),
      sql<number>`sum(case when effective_to <= ${soon} then 1 else 0 end)`.as('expiring'),
    ])
    .where(inRegions('collective_contracts'))
    .where((eb) => contractInForce(eb, 'collective_contracts', asOf))
    .groupBy(prefixOf)
    .execute();
  for (const row of contracts) {
    for (const s of under(row.prefix)) {
      s.organizationsWithValidContract += Number(row.orgs ?? 0);
      s.employeesCovered += Number(row.employees ?? 0);
      s.organizationsCoveredByRegionalContracts += Number(row.regional ?? 0);
      s.contractsExpiringWithin30Days += Number(row.expiring ?? 0);
    }
  }

  const open = await db
    .selectFrom('labor_disputes')
    .select([
      prefixOf.as('prefix'),
      'category',
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(is_collective)`.as('collective'),
    ])
    .where(inRegions('labor_disputes'))
    .where('status', '!=', 'CLOSED')
    .groupBy([prefixOf, 'category'])
    .execute();
  for (const row of open) {
    const n = Number(row.n);
    for (const s of under(row.prefix)) {
      s.openDisputes += n;
      s.openCollectiveDisputes += Number(row.collective ?? 0);
      const entry = s.openDisputesByCategory.find((c) => c.category === row.category);
      if (entry) entry.count += n;
      else s.openDisputesByCategory.push({ category: row.category, count: n });
    }
  }

  const year = await db
    .selectFrom('labor_disputes')
    .select([
      prefixOf.as('prefix'),
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(is_collective)`.as('collective'),
      sql<number>`sum(amount_claimed_cents)`.as('claimed'),
      sql<number>`sum(amount_recovered_cents)`.as('recovered'),
    ])
    .where(inRegions('labor_disputes'))
    .where('reported_on', '>=', startOfYear(asOf))
    .groupBy(prefixOf)
    .execute();
  for (const row of year) {
    for (const s of under(row.prefix)) {
      s.disputesReportedThisYear += Number(row.n);
      s.collectiveDisputesThisYear += Number(row.collective ?? 0);
      s.amountClaimedThisYearCents += Number(row.claimed ?? 0);
      s.amountRecoveredThisYearCents += Number(row.recovered ?? 0);
    }
  }

  const risk = await db
    .selectFrom('risk_assessments')
    .select([prefixOf.as('prefix'), sql<number>`count(*)`.as('n')])
    .where(inRegions('risk_assessments'))
    .where('risk_level', '=', 'HIGH')
    .where(isLatestAssessment('risk_assessments'))
    .groupBy(prefixOf)
    .execute();
  for (const row of risk) for (const s of under(row.prefix)) s.organizationsAtHighRisk += Number(row.n);

  for (const s of result.values())
    s.openDisputesByCategory.sort((a, b) => a.category.localeCompare(b.category));
  return result;
}
