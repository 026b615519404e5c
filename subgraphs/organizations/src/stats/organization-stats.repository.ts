import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { OrganizationKind } from '../organization/organization.table';
import { likePrefix } from '@union/kit';

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

/*
 * Figures for many regions at once, counted by the database: one grouped query per code length
 * (codes of one level share a length), so a list of regions costs a constant number of statements.
 */
export async function organizationStatsForRegions(
  db: Kysely<Database>,
  codes: readonly string[],
): Promise<Map<string, OrganizationStats>> {
  const result = new Map(codes.map((c) => [c, emptyStats()]));
  const byLength = new Map<number, string[]>();
  for (const code of codes) byLength.set(code.length, [...(byLength.get(code.length) ?? []), code]);

  for (const [length, group] of byLength) {
    const prefixOf = (column: string) => sql<string>`substr(${sql.ref(column)}, 1, ${length})`;
    const kinds = await db
      .selectFrom('organizations')
      .select([
        prefixOf('organizations.region_code').as('prefix'),
        'kind',
        (eb) => eb.fn.countAll<number>().as('n'),
      ])
      .where('status', '=', 'ACTIVE')
      .where((eb) => eb.or(group.map((code) => likePrefix(eb, 'organizations.region_code', code))))
      .groupBy(['prefix', 'kind'])
      .execute();
    for (const row of kinds) {
      const stats = result.get(row.prefix);
      if (!stats) continue;
      const n = Number(row.n);
      stats.total += n;
      stats.byKind.push({ kind: row.kind, count: n });
      if (row.kind === 'GRASSROOTS') stats.grassrootsUnions = n;
    }

    const homes = await db
      .selectFrom('worker_homes')
      .innerJoin('organizations', 'organizations.id', 'worker_homes.org_id')
      .select([
        prefixOf('worker_homes.region_code').as('prefix'),
        (eb) => eb.fn.countAll<number>().as('homes'),
        sql<number>`sum(case when ${sql.ref('worker_homes.demonstration_level')} is not null then 1 else 0 end)`.as(
          'demo',
        ),
        sql<number>`sum(case when ${sql.ref('worker_homes.integrated')} then 1 else 0 end)`.as('integrated'),
      ])
      .where('organizations.status', '=', 'ACTIVE')
      .where((eb) => eb.or(group.map((code) => likePrefix(eb, 'worker_homes.region_code', code))))
      .groupBy('prefix')
      .execute();
    for (const row of homes) {
      const stats = result.get(row.prefix);
      if (!stats) continue;
      stats.workerHomes = Number(row.homes);
      stats.demonstrationSites = Number(row.demo ?? 0);
      stats.integratedWorkerHomes = Number(row.integrated ?? 0);
    }
  }
  for (const stats of result.values()) stats.byKind.sort((a, b) => a.kind.localeCompare(b.kind));
  return result;
}
