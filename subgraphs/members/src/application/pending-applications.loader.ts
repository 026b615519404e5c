import { encodeCursor, type Connection, type Scope } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { countPendingOfOrganizations, firstPendingOfOrganizations } from './application.repository';
import { toApplication, type Application } from './application.table';

/**
 * First pages of `Organization.pendingApplications` for a whole list of organizations: one
 * statement per distinct `first` (ROW_NUMBER() per organization over the (org_id, status, id) index)
 * and, when asked, the counts in one GROUP BY. Later pages (`after`) are single keyset queries.
 */
export function createPendingApplicationsLoader(db: Kysely<Database>, scope: Scope) {
  const counts = new DataLoader(async (orgIds: readonly string[]) => {
    const byOrg = await countPendingOfOrganizations(db, scope, orgIds);
    return orgIds.map((id) => byOrg.get(id) ?? 0);
  });
  return new DataLoader<{ orgId: string; first: number }, Connection<Application>, string>(
    async (keys) => {
      const pages = new Map<string, Connection<Application>>();
      for (const first of new Set(keys.map((k) => k.first))) {
        const orgIds = [...new Set(keys.filter((k) => k.first === first).map((k) => k.orgId))];
        const rows = await firstPendingOfOrganizations(db, scope, orgIds, first);
        for (const orgId of orgIds) {
          const own = rows.filter((r) => r.org_id === orgId);
          const edges = own
            .slice(0, first)
            .map((r) => ({ cursor: encodeCursor([r.id]), node: toApplication(r) }));
          let counted: Promise<number> | undefined;
          pages.set(`${orgId}:${first}`, {
            edges,
            nodes: edges.map((e) => e.node),
            pageInfo: {
              hasNextPage: own.length > first,
              hasPreviousPage: false,
              startCursor: edges[0]?.cursor ?? null,
              endCursor: edges[edges.length - 1]?.cursor ?? null,
            },
            totalCount: () => (counted ??= counts.load(orgId)),
          });
        }
      }
      return keys.map((k) => pages.get(`${k.orgId}:${k.first}`)!);
    },
    { cacheKeyFn: (k) => `${k.orgId}:${k.first}` },
  );
}
