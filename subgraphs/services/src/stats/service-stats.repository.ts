import { likePrefix } from '@union/kit';
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../db/database';
import { bump, emptyStats, type ServiceStats } from './service-stats';

/*
 * One grouping for many keys at once: `group` is the SQL expression rows are grouped by
 * (region code cut to the longest requested length, or org_id), `where` selects the rows, and
 * `targets` maps a group value to the stats it adds to. Five statements whatever the number of
 * keys; nothing but aggregates leaves the database.
 */
interface Grouping {
  group: (table: string) => ReturnType<typeof sql<string>>;
  where: (table: string) => (eb: ExpressionBuilder<any, any>) => Expression<SqlBool>;
  targets: (groupValue: string) => ServiceStats[];
}

async function fill(db: Kysely<Database>, g: Grouping, year: number): Promise<void> {
  const untyped = db as unknown as Kysely<any>;
  const served = await untyped
    .selectFrom('participations')
    .select([g.group('participations').as('g'), sql<number>`count(distinct member_id)`.as('n')])
    .where(g.where('participations'))
    .groupBy('g')
    .execute();
  for (const r of served) for (const s of g.targets(r.g)) s.membersServed += Number(r.n);

  const byCategory = await untyped
    .selectFrom('participations')
    .select([g.group('participations').as('g'), 'category', sql<number>`count(distinct member_id)`.as('n')])
    .where(g.where('participations'))
    .groupBy(['g', 'category'])
    .execute();
  for (const r of byCategory)
    for (const s of g.targets(r.g))
      bump(s.membersServedByCategory as any[], 'category', r.category, 'members', Number(r.n));

  const requests = await untyped
    .selectFrom('service_requests')
    .select([
      g.group('service_requests').as('g'),
      'status',
      sql<number>`count(*)`.as('n'),
      sql<number>`coalesce(sum(rating), 0)`.as('rating_sum'),
      sql<number>`count(rating)`.as('ratings'),
    ])
    .where(g.where('service_requests'))
    .groupBy(['g', 'status'])
    .execute();
  for (const r of requests)
    for (const s of g.targets(r.g)) {
      bump(s.requestsByStatus as any[], 'status', r.status, 'count', Number(r.n));
      s.ratingSum += Number(r.rating_sum);
      s.ratings += Number(r.ratings);
    }

  const cases = await untyped
    .selectFrom('hardship_cases')
    .select([g.group('hardship_cases').as('g'), 'level', sql<number>`count(*)`.as('n')])
    .where(g.where('hardship_cases'))
    .where('status', '=', 'OPEN')
    .groupBy(['g', 'level'])
    .execute();
  for (const r of cases)
    for (const s of g.targets(r.g))
      bump(s.openHardshipCasesByLevel as any[], 'level', r.level, 'count', Number(r.n));

  const grants = await untyped
    .selectFrom('assistance_grants')
    .select([g.group('assistance_grants').as('g'), sql<number>`sum(amount_cents)`.as('cents')])
    .where(g.where('assistance_grants'))
    .where('granted_year', '=', year)
    .groupBy('g')
    .execute();
  for (const r of grants) for (const s of g.targets(r.g)) s.assistancePaidThisYearCents += Number(r.cents);
}

/** The fewest prefixes that cover every requested code ('44' covers '4401'). */
function coveringPrefixes(codes: readonly string[]): string[] {
  const kept: string[] = [];
  for (const code of [...codes].sort((a, b) => a.length - b.length))
    if (!kept.some((k) => code.startsWith(k))) kept.push(code);
  return kept;
}

function sortLists(stats: ServiceStats): ServiceStats {
  stats.membersServedByCategory.sort((a, b) => a.category.localeCompare(b.category));
  stats.requestsByStatus.sort((a, b) => a.status.localeCompare(b.status));
  stats.openHardshipCasesByLevel.sort((a, b) => a.level.localeCompare(b.level));
  return stats;
}

/** Figures of many regions in five statements: rows grouped at the longest requested code length. */
export async function statsForRegions(
  db: Kysely<Database>,
  codes: readonly string[],
  year: number,
): Promise<Map<string, ServiceStats>> {
  const result = new Map(codes.map((c) => [c, emptyStats(year)]));
  if (codes.length === 0) return result;
  const length = Math.max(...codes.map((c) => c.length));
  const covering = coveringPrefixes(codes);
  await fill(
    db,
    {
      group: (t) => sql<string>`substr(${sql.ref(`${t}.region_code`)}, 1, ${sql.lit(length)})`,
      where: (t) => (eb) => eb.or(covering.map((code) => likePrefix(eb, `${t}.region_code`, code))),
      targets: (prefix) => codes.filter((c) => prefix.startsWith(c)).map((c) => result.get(c)!),
    },
    year,
  );
  for (const s of result.values()) sortLists(s);
  return result;
}

/** Figures of many organizations (members of each organization) in five statements. */
export async function statsForOrganizations(
  db: Kysely<Database>,
  orgIds: readonly string[],
  year: number,
): Promise<Map<string, ServiceStats>> {
  const result = new Map(orgIds.map((id) => [id, emptyStats(year)]));
  if (orgIds.length === 0) return result;
  await fill(
    db,
    {
      group: (t) => sql<string>`${sql.ref(`${t}.org_id`)}`,
      where: (t) => (eb) => eb(`${t}.org_id`, 'in', [...orgIds]),
      targets: (id) => (result.has(id) ? [result.get(id)!] : []),
    },
    year,
  );
  for (const s of result.values()) sortLists(s);
  return result;
}
