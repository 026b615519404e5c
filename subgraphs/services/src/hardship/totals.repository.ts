import { likePrefix, type Scope } from '@union/kit';
import { sql, type Kysely } from 'kysely';
import { memberRowScope } from '../access/member-row-scope';
import type { Database } from '../db/database';
import type { GrantKind } from './grant.table';

export interface AssistanceTotals {
  year: number;
  totalCents: number;
  grants: number;
  byKind: { kind: GrantKind; totalCents: number; grants: number }[];
}

/** Yearly totals summed by the database, inside the caller's scope (one statement). */
export async function assistanceTotals(
  db: Kysely<Database>,
  scope: Scope,
  filter: {
    year: number;
    memberId?: string | null;
    organizationId?: string | null;
    regionPrefix?: string | null;
  },
): Promise<AssistanceTotals> {
  let q = db
    .selectFrom('assistance_grants')
    .select(['kind', sql<number>`sum(amount_cents)`.as('cents'), sql<number>`count(*)`.as('n')])
    .where(memberRowScope(scope, 'assistance_grants'))
    .where('granted_year', '=', filter.year);
  if (filter.memberId) q = q.where('member_id', '=', filter.memberId);
  if (filter.organizationId) q = q.where('org_id', '=', filter.organizationId);
  if (filter.regionPrefix) {
    const prefix = filter.regionPrefix;
    q = q.where((eb) => likePrefix(eb, 'assistance_grants.region_code', prefix));
  }
  const rows = await q.groupBy('kind').orderBy('kind').execute();
  const byKind = rows.map((r) => ({ kind: r.kind, totalCents: Number(r.cents), grants: Number(r.n) }));
  return {
    year: filter.year,
    totalCents: byKind.reduce((s, k) => s + k.totalCents, 0),
    grants: byKind.reduce((s, k) => s + k.grants, 0),
    byKind,
  };
}
