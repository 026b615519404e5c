import { likePrefix } from '@union/kit';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { OrganizationKind } from '../organization/organization.table';

export interface OrganizationStats {
  total: number;
  byKind: { kind: OrganizationKind; count: number }[];
  grassrootsUnions: number;
  workerHomes: number;
  demonstrationSites: number;
  integratedWorkerHomes: number;
}

const emptyStats = (): OrganizationStats => ({
  total: 0,
  byKind: [],
  grassrootsUnions: 0,
  workerHomes: 0,
  demonstrationSites: 0,
  integratedWorkerHomes: 0,
});

/** The fewest prefixes that cover every requested code ('44' covers '4401' and '4403'). */
function coveringPrefixes(codes: readonly string[]): string[] {
  const kept: string[] = [];
  for (const code of [...codes].sort((a, b) => a.length - b.length)) {
    if (!kept.some((k) => code.startsWith(k))) kept.push(code);
  }
  return kept;
}

/*
 * Figures for many regions at once in one statement over the maintained counters (one row per
 * region code and kind, kept in step by every write): rows are grouped by their code cut to the
 * longest requested length, and each group is added to every requested code it falls under
 * ('440106001' counts for 440106, 4401 and 44).
 */
export async function organizationStatsForRegions(
  db: Kysely<Database>,
  codes: readonly string[],
): Promise<Map<string, OrganizationStats>> {
  const result = new Map(codes.map((c) => [c, emptyStats()]));
  if (codes.length === 0) return result;
  const length = Math.max(...codes.map((c) => c.length));
  const covering = coveringPrefixes(codes);
  const under = (prefix: string) => codes.filter((c) => prefix.startsWith(c)).map((c) => result.get(c)!);

  const rows = await db
    .selectFrom('region_organization_counts')
    .select([
      sql<string>`substr(${sql.ref('region_code')}, 1, ${length})`.as('prefix'),
      'kind',
      sql<number>`sum(${sql.ref('active')})`.as('active'),
      sql<number>`sum(${sql.ref('worker_homes')})`.as('homes'),
      sql<number>`sum(${sql.ref('demonstration_sites')})`.as('demo'),
      sql<number>`sum(${sql.ref('integrated_homes')})`.as('integrated'),
    ])
    .where((eb) =>
      eb.or(covering.map((code) => likePrefix(eb, 'region_organization_counts.region_code', code))),
    )
    .groupBy(['prefix', 'kind'])
    .execute();
  for (const row of rows) {
    const active = Number(row.active);
    for (const stats of under(row.prefix)) {
      stats.total += active;
      if (active > 0) {
        const entry = stats.byKind.find((k) => k.kind === row.kind);
        if (entry) entry.count += active;
        else stats.byKind.push({ kind: row.kind, count: active });
      }
      if (row.kind === 'GRASSROOTS') stats.grassrootsUnions += active;
      stats.workerHomes += Number(row.homes);
      stats.demonstrationSites += Number(row.demo);
      stats.integratedWorkerHomes += Number(row.integrated);
    }
  }
  for (const stats of result.values()) stats.byKind.sort((a, b) => a.kind.localeCompare(b.kind));
  return result;
}
