import { groupBy } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { organizationStatsForRegions } from '../stats/organization-stats.repository';
import { findRegionChildren, findRegionsByCodes } from './region.repository';
import type { Region } from './region.table';

export function createRegionLoaders(db: Kysely<Database>) {
  return {
    region: new DataLoader(async (codes: readonly string[]) => {
      const rows = await findRegionsByCodes(db, codes);
      const byCode = new Map(rows.map((r) => [r.code, r]));
      return codes.map((c) => byCode.get(c) ?? null);
    }),
    regionChildren: new DataLoader(async (codes: readonly string[]) =>
      groupBy(codes, await findRegionChildren(db, codes), (r) => r.parentCode),
    ),
    organizationStats: new DataLoader(async (codes: readonly string[]) => {
      const stats = await organizationStatsForRegions(db, codes);
      return codes.map((c) => stats.get(c)!);
    }),
  };
}

/**
 * The region a row refers to (`region: Region!`): every write checks it exists (access/link-checks),
 * so a miss is an internal error, as graphql-js's non-null check would make it.
 */
export async function referencedRegion(
  loaders: { region: DataLoader<string, Region | null> },
  code: string,
): Promise<Region> {
  const region = await loaders.region.load(code);
  if (!region) throw new Error(`region ${code} is not in the register`);
  return region;
}
