/** The labor-relations demo data set (`npm run seed`, and `npm start` on first start). */
export {
  buildLaborSeed,
  seedLaborRelations,
  SEED,
  type DemoFollowUp,
  type LaborSeedCounts,
  type LaborSeedSummary,
  type SeedLaborRelationsOptions,
} from './seed-labor-relations';
export { seededFollowUpCode } from '../appeal/follow-up-code';
export type { SeededGrassroots, SeededLegalAidRequest, SeededMember } from './seed-types';
export { seedStep } from './seed-step';
