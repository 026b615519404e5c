import { encodeCursor, pageSize, type Connection, type Scope } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import {
  countMembersOfOrganizations,
  firstMembersOfOrganizations,
  type MemberFilter,
} from './member.repository';
import { toMember, type Member, type MemberRow } from './member.table';

export interface OrganizationPageKey {
  orgId: string;
  filter: MemberFilter | null;
  first: number;
}

function connectionOf(rows: MemberRow[], first: number, count: () => Promise<number>): Connection<Member> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor([row.region_code, row.id]), node: toMember(row) }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: () => (counted ??= count()),
  };
}

/**
 * First pages of `Organization.members` for every organization of a list in one statement per
 * distinct (filter, first): ROW_NUMBER() per organization over the (org_id, region_code, id) index
 * (both engines have window functions), and the counts, when asked, in one GROUP BY. Later pages
 * (`after`) are single keyset queries.
 */
export function createOrganizationMembersLoader(db: Kysely<Database>, scope: Scope) {
  const counts = new DataLoader<string, number, string>(
    async (keys) => {
      const groups = new Map<string, string[]>();
      for (const key of keys) {
        const { orgId, filter } = JSON.parse(key) as { orgId: string; filter: MemberFilter | null };
        const group = JSON.stringify(filter);
        groups.set(group, [...(groups.get(group) ?? []), orgId]);
      }
      const result = new Map<string, number>();
      for (const [group, orgIds] of groups) {
        const filter = JSON.parse(group) as MemberFilter | null;
        const byOrg = await countMembersOfOrganizations(db, scope, filter, orgIds);
        for (const [orgId, n] of byOrg) result.set(JSON.stringify({ orgId, filter }), n);
      }
      return keys.map((k) => result.get(k) ?? 0);
    },
    { cacheKeyFn: (k) => k },
  );

  return new DataLoader<OrganizationPageKey, Connection<Member>, string>(
    async (keys) => {
      const groups = new Map<string, OrganizationPageKey[]>();
      for (const key of keys) {
        const group = JSON.stringify([key.filter, key.first]);
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const pages = new Map<string, Connection<Member>>();
      for (const members of groups.values()) {
        const { filter, first } = members[0]!;
        const orgIds = [...new Set(members.map((m) => m.orgId))];
        const rows = await firstMembersOfOrganizations(db, scope, filter, orgIds, first);
        for (const orgId of orgIds) {
          const own = rows.filter((r) => r.org_id === orgId);
          const key = JSON.stringify({ orgId, filter });
          pages.set(
            JSON.stringify([orgId, filter, first]),
            connectionOf(own, first, () => counts.load(key)),
          );
        }
      }
      return keys.map((k) => pages.get(JSON.stringify([k.orgId, k.filter, k.first]))!);
    },
    { cacheKeyFn: (k) => JSON.stringify([k.orgId, k.filter, k.first]) },
  );
}

/** Validates `first` like every connection (0–100). */
export function firstOf(args: { first?: number | null }): number {
  return pageSize(args);
}
