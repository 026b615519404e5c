import type { Scope } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { organizationMemberStats } from './organization-stats.repository';
import { regionMemberStats } from './region-stats.repository';

/** The figures' DataLoaders (per organization, per region), built per request. */
export function createMemberStatsLoaders(db: Kysely<Database>, scope: Scope) {
  return {
    organizationStats: new DataLoader(async (orgIds: readonly string[]) => {
      const stats = await organizationMemberStats(db, orgIds, scope);
      return orgIds.map((id) => stats.get(id)!);
    }),
    regionStats: new DataLoader(async (codes: readonly string[]) => {
      const stats = await regionMemberStats(db, codes);
      return codes.map((c) => stats.get(c)!);
    }),
  };
}
