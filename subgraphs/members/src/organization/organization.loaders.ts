import DataLoader from 'dataloader';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';

/** Where an organization's rows live, read from the rows themselves (unscoped, for the FORBIDDEN check). */
async function organizationRegions(
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

/** The organization feature's DataLoaders (members' side of an Organization), built per request. */
export function createOrganizationLoaders(db: Kysely<Database>) {
  return {
    organizationRegion: new DataLoader(async (orgIds: readonly string[]) => {
      const regions = await organizationRegions(db, orgIds);
      return orgIds.map((id) => regions.get(id) ?? null);
    }),
  };
}
