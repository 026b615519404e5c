/** The labor-relations demo data set (`npm run seed`, and `npm start` on first start). */
export {
  buildLaborSeed,
  seedLaborRelations,
  SEED,
  type LaborSeedCounts,
  type LaborSeedSummary,
  type SeedLaborRelationsOptions,
} from './seed-labor-relations';
export type { SeededGrassroots, SeededLegalAidRequest, SeededMember } from './seed-types';
