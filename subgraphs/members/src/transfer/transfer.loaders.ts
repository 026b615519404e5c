import { groupBy, type Scope } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { findIncomingTransfers, findTransfersOfMembers } from './transfer.repository';

/** The transfer feature's DataLoaders, built per request. */
export function createTransferLoaders(db: Kysely<Database>, scope: Scope) {
  return {
    transfers: new DataLoader(async (memberIds: readonly string[]) =>
      groupBy(memberIds, await findTransfersOfMembers(db, memberIds), (t) => t.memberId),
    ),
    incomingTransfers: new DataLoader(async (orgIds: readonly string[]) =>
      groupBy(orgIds, await findIncomingTransfers(db, orgIds, scope), (t) => t.toOrgId),
    ),
  };
}
