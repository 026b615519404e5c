/** The organizations demo data set (`npm run seed`, and `npm start` on first start). */
export {
  buildSeed,
  isOrganizationsSeeded,
  seedOrganizations,
  SEED,
  type SeedOptions,
} from './seed-organizations';
export { readSeedSummary, type SeedCounts, type SeededGrassroots, type SeedSummary } from './seed-summary';
export { GRASSROOTS_PER_SCALE } from './grassroots';
export { loadProvince, PROVINCE_CODE } from './seed-regions';
export { seedStep } from './seed-step';
