import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { findOrganizationRegions } from './organization-region.repository';

/** The organization feature's DataLoaders (members' side of an Organization), built per request. */
export function createOrganizationLoaders(db: Kysely<Database>) {
  return {
    organizationRegion: new DataLoader(async (orgIds: readonly string[]) => {
      const regions = await findOrganizationRegions(db, orgIds);
      return orgIds.map((id) => regions.get(id) ?? null);
    }),
  };
}
