import { upstreamData, type SeedStep } from '@union/kit';
import { seedMembers, type SeedMembersOptions } from './seed-members';

/** Members' part of `npm run seed`: people in the unions organizations seeded. */
export const seedStep: SeedStep = (db, context) =>
  seedMembers(db, {
    scale: context.scale,
    grassroots: upstreamData<SeedMembersOptions['grassroots']>(context, 'organizations'),
  });
