import { existingIds, groupBy, scopedLoader, type Scope } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { loaderFamily } from '../shared/loader-family';
import { appealOrgSummaries, appealStatsForRegions, appealTrendsForRegions } from './appeal-stats.repository';
import {
  countByCallerIndex,
  findAppealEvents,
  findAppealsByDisputeIds,
  findAppealsByIds,
  findAppealsByMemberIds,
  findAppealsByOrgIds,
  type OrgRole,
} from './appeal.repository';

/** Per-request loaders of appeals: every nested field is one batched statement per request. */
export function createAppealLoaders(db: Kysely<Database>, scope: Scope, asOf: string) {
  return {
    appeal: scopedLoader({
      fetchInScope: (ids) => findAppealsByIds(db, ids, scope),
      keyOf: (a) => a.id,
      existing: (ids) => existingIds(db, 'worker_appeals', ids),
    }),
    appealTimeline: new DataLoader(async (ids: readonly string[]) =>
      groupBy(ids, await findAppealEvents(db, ids), (e) => e.appealId),
    ),
    appealsOfOrg: loaderFamily(
      (args: { limit: number; role: OrgRole; open: boolean | null }) =>
        new DataLoader(async (orgIds: readonly string[]) =>
          groupBy(orgIds, await findAppealsByOrgIds(db, orgIds, { scope, asOf, ...args }), (a) => a.parentId),
        ),
    ),
    appealsOfMember: loaderFamily(
      (args: { limit: number; open: boolean | null }) =>
        new DataLoader(async (memberIds: readonly string[]) =>
          groupBy(
            memberIds,
            await findAppealsByMemberIds(db, memberIds, { scope, asOf, ...args }),
            (a) => a.memberId,
          ),
        ),
    ),
    appealOfDispute: new DataLoader(async (disputeIds: readonly string[]) => {
      const found = await findAppealsByDisputeIds(db, disputeIds, scope);
      return disputeIds.map((id) => found.find((a) => a.disputeId === id) ?? null);
    }),
    callerAppealCount: new DataLoader(async (indexes: readonly string[]) => {
      const counts = await countByCallerIndex(db, indexes, scope);
      return indexes.map((i) => counts.get(i) ?? 0);
    }),
    appealStats: new DataLoader(async (codes: readonly string[]) => {
      const stats = await appealStatsForRegions(db, codes, asOf);
      return codes.map((c) => stats.get(c)!);
    }),
    appealTrends: new DataLoader(
      (keys: readonly { code: string; months: number }[]) => appealTrendsForRegions(db, keys, asOf),
      { cacheKeyFn: (k) => `${k.code}:${k.months}` },
    ),
    appealOrgSummary: new DataLoader(async (orgIds: readonly string[]) => {
      const summaries = await appealOrgSummaries(db, orgIds, scope, asOf);
      return orgIds.map((id) => summaries.get(id)!);
    }),
  };
}
