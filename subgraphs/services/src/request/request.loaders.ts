import { existingIds, groupBy, scopedLoader, type Scope } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { findRequestsByIds, findRequestsByMembers } from './request.repository';

export function createRequestLoaders(db: Kysely<Database>, scope: Scope) {
  return {
    request: scopedLoader({
      fetchInScope: (ids) => findRequestsByIds(db, ids, scope),
      keyOf: (r) => r.id,
      existing: (ids) => existingIds(db, 'service_requests', ids),
    }),
    requestsOfMember: new DataLoader(async (memberIds: readonly string[]) =>
      groupBy(memberIds, await findRequestsByMembers(db, memberIds, scope), (r) => r.memberId),
    ),
  };
}
