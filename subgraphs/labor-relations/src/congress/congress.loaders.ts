import { groupBy, type Scope } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { loaderFamily } from '../shared/loader-family';
import { findCongressesByOrgIds } from './congress.repository';

export function createCongressLoaders(db: Kysely<Database>, scope: Scope) {
  return {
    /** The newest `limit` congresses of each organization (Organization.workersCongresses). */
    congressesOfOrg: loaderFamily(
      (limit: number) =>
        new DataLoader(async (orgIds: readonly string[]) =>
          groupBy(orgIds, await findCongressesByOrgIds(db, orgIds, { scope, limit }), (c) => c.orgId),
        ),
    ),
  };
}
