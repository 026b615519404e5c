import { upstreamData, type SeedStep } from '@union/kit';
import { seedServices, type SeedServicesOptions } from './seed-services';

/** Services' part of `npm run seed`: programs of the seeded unions, requests of the seeded members. */
export const seedStep: SeedStep = (db, context) =>
  seedServices(db, {
    scale: context.scale,
    grassroots: upstreamData<SeedServicesOptions['grassroots']>(context, 'organizations'),
    members: upstreamData<SeedServicesOptions['members']>(context, 'members'),
  });
