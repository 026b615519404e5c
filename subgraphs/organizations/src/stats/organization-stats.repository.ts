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
 * Figures for many regions at once, counted by the database in two statements whatever the regions:
 * rows are grouped by their region code cut to the longest requested length, and each group is added
 * to every requested code it falls under ('440106…' counts for 4401 and for 44). Workers' homes exist
 * only for ACTIVE organizations (removed when one is dissolved or merged), so they need no join.
 */
export async function organizationStatsForRegions(
  db: Kysely<Database>,
  codes: readonly string[],
): Promise<Map<string, OrganizationStats>> {
  const result = new Map(codes.map((c) => [c, emptyStats()]));
  if (codes.length === 0) return result;
  const length = Math.max(...codes.map((c) => c.length));
  const covering = coveringPrefixes(codes);
  const groupOf = (column: string) => sql<string>`substr(${sql.ref(column)}, 1, ${length})`;
  const under = (prefix: string) => codes.filter((c) => prefix.startsWith(c)).map((c) => result.get(c)!);

  const kinds = await db
    .selectFrom('organizations')
    .select([
      groupOf('organizations.region_code').as('prefix'),
      'kind',
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .where('status', '=', 'ACTIVE')
    .where((eb) => eb.or(covering.map((code) => likePrefix(eb, 'organizations.region_code', code))))
    .groupBy(['prefix', 'kind'])
    .execute();
  for (const row of kinds) {
    const n = Number(row.n);
    for (const stats of under(row.prefix)) {
      stats.total += n;
      const entry = stats.byKind.find((k) => k.kind === row.kind);
      if (entry) entry.count += n;
      else stats.byKind.push({ kind: row.kind, count: n });
      if (row.kind === 'GRASSROOTS') stats.grassrootsUnions += n;
    }
  }

  const homes = await db
    .selectFrom('worker_homes')
    .select([
      groupOf('worker_homes.region_code').as('prefix'),
      (eb) => eb.fn.countAll<number>().as('homes'),
      sql<number>`sum(case when ${sql.ref('demonstration_level')} is not null then 1 else 0 end)`.as('demo'),
      sql<number>`sum(case when ${sql.ref('integrated')} then 1 else 0 end)`.as('integrated'),
    ])
    .where((eb) => eb.or(covering.map((code) => likePrefix(eb, 'worker_homes.region_code', code))))
    .groupBy('prefix')
    .execute();
  for (const row of homes) {
    for (const stats of under(row.prefix)) {
      stats.workerHomes += Number(row.homes);
      stats.demonstrationSites += Number(row.demo ?? 0);
      stats.integratedWorkerHomes += Number(row.integrated ?? 0);
    }
  }
  for (const stats of result.values()) stats.byKind.sort((a, b) => a.kind.localeCompare(b.kind));
  return result;
}
