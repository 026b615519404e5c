import { upstreamData, type SeedStep } from '@union/kit';
import { seedLaborRelations, type SeedLaborRelationsOptions } from './seed-labor-relations';

type Options = SeedLaborRelationsOptions;

/** Labor relations' part of `npm run seed`; its notes are demo follow-up codes to try appealStatus with. */
export const seedStep: SeedStep = async (db, context) => {
  const summary = await seedLaborRelations(db, {
    scale: context.scale,
    grassroots: upstreamData<Options['grassroots']>(context, 'organizations'),
    members: upstreamData<Options['members']>(context, 'members'),
    legalAidRequests: upstreamData<Options['legalAidRequests']>(context, 'services'),
  });
  return {
    created: summary.created,
    counts: { ...summary.counts },
    notes: summary.demoFollowUps.map(
      (f) => `demo web appeal: appealStatus(number: "${f.number}", code: "${f.code}")`,
    ),
  };
};
