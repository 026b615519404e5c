import type { SeedStep } from '@union/kit';
import { seedOrganizations } from './seed-organizations';

/** Organizations' part of `npm run seed`; its grassroots unions are what later seeds attach to. */
export const seedStep: SeedStep = async (db, { scale }) => {
  const summary = await seedOrganizations(db, { scale });
  return { created: summary.created, counts: { ...summary.counts }, data: summary.grassroots };
};
