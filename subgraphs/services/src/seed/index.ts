/** The services demo data set (`npm run seed`, and `npm start` on first start). */
export {
  seedServices,
  SEED,
  type SeededLegalAidRequest,
  type SeedServicesOptions,
  type SeedServicesResult,
} from './seed-services';
export type { SeedMember } from './seed-people';
export type { SeedGrassroots } from './seed-programs';
export { seedStep } from './seed-step';
