import { groupBy, type Scope } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { loaderFamily } from '../shared/loader-family';
import { findAssessmentsByOrgIds } from './risk.repository';

export function createRiskLoaders(db: Kysely<Database>, scope: Scope) {
  return {
    /** The newest `limit` assessments of each organization (Organization.riskAssessments). */
    assessmentsOfOrg: loaderFamily(
      (limit: number) =>
        new DataLoader(async (orgIds: readonly string[]) =>
          groupBy(orgIds, await findAssessmentsByOrgIds(db, orgIds, { scope, limit }), (a) => a.orgId),
        ),
    ),
  };
}
