import { existingIds, groupBy, scopedLoader, type Scope } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { findWorkerHomesByOrgIds } from '../worker-home/worker-home.repository';
import { findChildOrganizations, findOrganizationsByIds } from './organization.repository';

export function createOrganizationLoaders(db: Kysely<Database>, scope: Scope) {
  return {
    organization: scopedLoader({
      fetchInScope: (ids) => findOrganizationsByIds(db, ids, scope),
      keyOf: (o) => o.id,
      existing: (ids) => existingIds(db, 'organizations', ids),
    }),
    childOrganizations: new DataLoader(async (parentIds: readonly string[]) =>
      groupBy(parentIds, await findChildOrganizations(db, parentIds, scope), (o) => o.parentId),
    ),
    workerHome: new DataLoader(async (orgIds: readonly string[]) => {
      const homes = await findWorkerHomesByOrgIds(db, orgIds, scope);
      const byOrg = new Map(homes.map((h) => [h.orgId, h]));
      return orgIds.map((id) => byOrg.get(id) ?? null);
    }),
  };
}
