import type { Scope } from '@union/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { addAggregatedCells } from './member-cells.repository';
import { StatsAccumulator, type MemberStats } from './member-stats';

/*
 * Figures of organizations (a few thousand members at most) aggregated by the database over the
 * (org_id, …) index (addAggregatedCells). Rows outside the caller's scope are not counted.
 */
export async function organizationMemberStats(
  db: Kysely<Database>,
  orgIds: readonly string[],
  scope: Scope,
  today: Date = new Date(),
): Promise<Map<string, MemberStats>> {
  const acc = new Map(orgIds.map((id) => [id, new StatsAccumulator(today)]));
  if (orgIds.length === 0) return new Map();
  await addAggregatedCells(db, 'org_id', orgIds, scope, acc);
  return new Map(orgIds.map((id) => [id, acc.get(id)!.result()]));
}
