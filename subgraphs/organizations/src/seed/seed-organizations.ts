import type { Kysely } from 'kysely';
import { adjustCounts, rebuildCounts } from '../stats/organization-counts.repository';
import type { Database } from '../db/database';
import { buildFederations } from './federations';
import { buildGrassroots } from './grassroots';
import { buildWorkerHomes, retireSome } from './lifecycle';
import { insertInBatches, mulberry32, seedIds } from '@union/kit';
import { type SeedBuild } from './seed-build';
import { loadProvince, PROVINCE_CODE, type SeedProvince } from './seed-regions';
import { findProvincialFederation, readSeedSummary, type SeedSummary } from './seed-summary';

/** The PRNG seed of the demo data set; changing it changes every id and name. */
export const SEED = 0x4744_2024;

export interface SeedOptions {
  /** Multiplies grassroots unions, employers, branches and workers' homes (1 ≈ 2,200 unions). */
  scale?: number;
}

/** Every row of the data set, in memory; a pure function of the region tree and the scale. */
export function buildSeed(gd: SeedProvince, scale: number): { build: SeedBuild; provinceId: string } {
  const prng = mulberry32(SEED);
  const build: SeedBuild = { prng, ids: seedIds(prng), organizations: [], employers: [], workerHomes: [] };
  const hierarchy = buildFederations(build, gd);
  const unions = buildGrassroots(build, gd, hierarchy, scale);
  retireSome(build, unions);
  buildWorkerHomes(build, unions);
  return { build, provinceId: hierarchy.province.id };
}

export async function isOrganizationsSeeded(db: Kysely<Database>): Promise<boolean> {
  return (await findProvincialFederation(db)) !== undefined;
}

/**
 * Seeds Guangdong's union organizations (regions must already be loaded by the migrations).
 * Idempotent: when 广东省总工会 exists nothing is written and the existing data is summarized.
 */
export async function seedOrganizations(
  db: Kysely<Database>,
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const scale = options.scale ?? 1;
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError('scale must be a positive number');
  if (await isOrganizationsSeeded(db)) return readSeedSummary(db, false);

  const leftover =
    (await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst()) ??
    (await db.selectFrom('employers').select('id').limit(1).executeTakeFirst());
  if (leftover) {
    // Seeded ids are fixed, so writing over a half-finished seed would only fail on duplicate keys.
    throw new Error(
      'the organizations database holds rows but no 广东省总工会 (an interrupted seed?); ' +
        're-create it with `npm run seed -- --reset`',
    );
  }

  const { build, provinceId } = buildSeed(await loadProvince(db), scale);
  await insertInBatches(db, 'employers', build.employers);
  await insertInBatches(
    db,
    'organizations',
    build.organizations.filter((o) => o.id !== provinceId),
  );
  await insertInBatches(db, 'worker_homes', build.workerHomes);
  await rebuildCounts(db);
  // Written last: its presence is what marks the data set complete (see isOrganizationsSeeded).
  await insertInBatches(
    db,
    'organizations',
    build.organizations.filter((o) => o.id === provinceId),
  );
  await adjustCounts(db, { regionCode: PROVINCE_CODE, kind: 'FEDERATION' }, { active: 1 });
  return readSeedSummary(db, true);
}
