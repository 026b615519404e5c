/** The members demo data set (`npm run seed`, and `npm start` on first start). */
export {
  seedMembers,
  MEMBERS_PER_SCALE,
  type SeededMember,
  type SeedMembersOptions,
  type SeedMembersResult,
} from './seed-members';
export { seedStep } from './seed-step';
