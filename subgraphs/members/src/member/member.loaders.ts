import { existingIds, groupBy, scopedLoader, type Scope } from '@union/kit';
import DataLoader from 'dataloader';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { MemberHistoryTable } from '../history/history.table';
import { createPendingApplicationsLoader } from '../application/pending-applications.loader';
import { findRecentHistory } from '../history/history.repository';
import { organizationMemberStats } from '../stats/organization-stats.repository';
import { regionMemberStats } from '../stats/region-stats.repository';
import { findIncomingTransfers, findTransfersOfMembers } from '../transfer/transfer.repository';
import { findMembersByIds } from './member.repository';
import { createOrganizationMembersLoader } from './organization-members.loader';

/** Where an organization's rows live, read from the rows themselves (unscoped, for the FORBIDDEN check). */
async function organizationRegions(
  db: Kysely<Database>,
  orgIds: readonly string[],
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('members')
    .select(['org_id', sql<string>`min(region_code)`.as('region_code')])
    .where('org_id', 'in', [...orgIds])
    .groupBy('org_id')
    .unionAll(
      db
        .selectFrom('membership_applications')
        .select(['org_id', sql<string>`min(region_code)`.as('region_code')])
        .where('org_id', 'in', [...orgIds])
        .groupBy('org_id'),
    )
    .execute();
  return new Map(rows.map((r) => [r.org_id, r.region_code]));
}

export function createMemberLoaders(db: Kysely<Database>, scope: Scope) {
  return {
    member: scopedLoader({
      fetchInScope: (ids) => findMembersByIds(db, ids, scope),
      keyOf: (m) => m.id,
      existing: (ids) => existingIds(db, 'members', ids),
    }),
    organizationMembers: createOrganizationMembersLoader(db, scope),
    pendingApplications: createPendingApplicationsLoader(db, scope),
    /** Keyed by member and page size: one statement per distinct `first` in a request. */
    history: new DataLoader(
      async (keys: readonly { memberId: string; first: number }[]) => {
        const byFirst = new Map<number, string[]>();
        for (const { memberId, first } of keys) {
          const ids = byFirst.get(first);
          if (ids) ids.push(memberId);
          else byFirst.set(first, [memberId]);
        }
        const found = new Map<string, MemberHistoryTable[]>();
        for (const [first, ids] of byFirst) {
          const grouped = groupBy(ids, await findRecentHistory(db, ids, first), (h) => h.member_id);
          ids.forEach((id, i) => found.set(`${id}:${first}`, grouped[i]!));
        }
        return keys.map((k) => found.get(`${k.memberId}:${k.first}`)!);
      },
      { cacheKeyFn: (k) => `${k.memberId}:${k.first}` },
    ),
    transfers: new DataLoader(async (memberIds: readonly string[]) =>
      groupBy(memberIds, await findTransfersOfMembers(db, memberIds), (t) => t.memberId),
    ),
    incomingTransfers: new DataLoader(async (orgIds: readonly string[]) =>
      groupBy(orgIds, await findIncomingTransfers(db, orgIds, scope), (t) => t.toOrgId),
    ),
    organizationRegion: new DataLoader(async (orgIds: readonly string[]) => {
      const regions = await organizationRegions(db, orgIds);
      return orgIds.map((id) => regions.get(id) ?? null);
    }),
    organizationStats: new DataLoader(async (orgIds: readonly string[]) => {
      const stats = await organizationMemberStats(db, orgIds, scope);
      return orgIds.map((id) => stats.get(id)!);
    }),
    regionStats: new DataLoader(async (codes: readonly string[]) => {
      const stats = await regionMemberStats(db, codes);
      return codes.map((c) => stats.get(c)!);
    }),
  };
}
