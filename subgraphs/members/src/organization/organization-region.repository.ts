import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';

/**
 * Where organizations' rows live, read from the rows themselves (members and applications), one
 * statement for any number of organizations. Unscoped: it feeds the FORBIDDEN check of
 * Organization fields (docs/architecture.md §3.4), so it must see rows outside the caller's scope.
 */
export async function findOrganizationRegions(
  db: Kysely<Database>,
  orgIds: readonly string[],
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('members')
    .select(['org_id', sql<string>`min(region_code)`.as('region_code')])
    .where('org_id', 'in', [...orgIds])
    .groupBy('org_id')
    .unionAll(
      db
        .selectFrom('membership_applications')
        .select(['org_id', sql<string>`min(region_code)`.as('region_code')])
        .where('org_id', 'in', [...orgIds])
        .groupBy('org_id'),
    )
    .execute();
  return new Map(rows.map((r) => [r.org_id, r.region_code]));
}
