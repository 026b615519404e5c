import { existingIds, groupBy, scopedLoader, unwrapLookup, type Lookup, type Scope } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { findRequestsByIds, findRequestsByMembers } from './request.repository';
import type { ServiceRequest } from './request.table';

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

/** A request by id through the scoped loader: null when missing, FORBIDDEN outside the caller's scope. */
export async function requestOrForbidden(
  loaders: { request: DataLoader<string, Lookup<ServiceRequest>> },
  id: string,
): Promise<ServiceRequest | null> {
  return unwrapLookup(await loaders.request.load(id));
}
