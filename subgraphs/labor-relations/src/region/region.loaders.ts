import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { laborStatsForRegions } from './labor-stats.repository';

export function createRegionLoaders(db: Kysely<Database>, asOf: string) {
  return {
    laborStats: new DataLoader(async (codes: readonly string[]) => {
      const stats = await laborStatsForRegions(db, codes, asOf);
      return codes.map((c) => stats.get(c)!);
    }),
  };
}
