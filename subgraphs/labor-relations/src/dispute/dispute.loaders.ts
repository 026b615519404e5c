import { existingIds, groupBy, scopedLoader, type Scope } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { loaderFamily } from '../shared/loader-family';
import {
  findClaimantsByDisputeIds,
  findDisputesByIds,
  findDisputesByMemberIds,
  findDisputesByOrgIds,
  findEventsByDisputeIds,
  type DisputeFilter,
} from './dispute.repository';

export function createDisputeLoaders(db: Kysely<Database>, scope: Scope) {
  return {
    dispute: scopedLoader({
      fetchInScope: (ids) => findDisputesByIds(db, ids, scope),
      keyOf: (d) => d.id,
      existing: (ids) => existingIds(db, 'labor_disputes', ids),
    }),
    /** Claimant member ids of disputes already read in scope. */
    claimants: new DataLoader(async (disputeIds: readonly string[]) =>
      groupBy(disputeIds, await findClaimantsByDisputeIds(db, disputeIds), (c) => c.dispute_id).map((rows) =>
        rows.map((r) => r.member_id),
      ),
    ),
    timeline: new DataLoader(async (disputeIds: readonly string[]) =>
      groupBy(disputeIds, await findEventsByDisputeIds(db, disputeIds), (e) => e.disputeId),
    ),
    disputesOfOrg: loaderFamily(
      (args: { limit: number; filter: DisputeFilter }) =>
        new DataLoader(async (orgIds: readonly string[]) =>
          groupBy(
            orgIds,
            await findDisputesByOrgIds(db, orgIds, { scope, limit: args.limit, filter: args.filter }),
            (d) => d.orgId,
          ),
        ),
    ),
    disputesOfMember: loaderFamily(
      (args: { limit: number; open: boolean | null }) =>
        new DataLoader(async (memberIds: readonly string[]) =>
          groupBy(
            memberIds,
            await findDisputesByMemberIds(db, memberIds, { scope, ...args }),
            (d) => d.claimantId,
          ),
        ),
    ),
  };
}
