import { isMysql } from '@union/kit';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { OrganizationKind } from '../organization/organization.table';
import type { WorkerHomeRow } from '../worker-home/worker-home.table';
import type { CountDelta, NewRegionOrganizationCount } from './organization-counts.table';

const FIELDS = ['active', 'worker_homes', 'demonstration_sites', 'integrated_homes'] as const;

/**
 * Adds a delta to one (region, kind) counter row inside the caller's transaction, creating the row
 * on first use (an upsert on both engines; the row lock serializes concurrent writers of one region).
 */
export async function adjustCounts(
  db: Kysely<Database>,
  key: { regionCode: string; kind: OrganizationKind },
  delta: CountDelta,
): Promise<void> {
  const values = Object.fromEntries(FIELDS.map((f) => [f, delta[f] ?? 0])) as Required<CountDelta>;
  if (FIELDS.every((f) => values[f] === 0)) return;
  const increments = Object.fromEntries(FIELDS.map((f) => [f, sql<number>`${sql.ref(f)} + ${values[f]}`]));
  const row: NewRegionOrganizationCount = { region_code: key.regionCode, kind: key.kind, ...values };
  const insert = db.insertInto('region_organization_counts').values(row);
  if (isMysql(db)) {
    await insert.onDuplicateKeyUpdate(increments).execute();
  } else {
    await insert.onConflict((oc) => oc.columns(['region_code', 'kind']).doUpdateSet(increments)).execute();
  }
}

/** What a workers' home contributes to the counters (negate to take it away). */
export function homeDelta(
  home: Pick<WorkerHomeRow, 'demonstration_level' | 'integrated'> | null,
  sign: 1 | -1,
): CountDelta {
  if (!home) return {};
  return {
    worker_homes: sign,
    demonstration_sites: home.demonstration_level !== null ? sign : 0,
    integrated_homes: Number(home.integrated) ? sign : 0,
  };
}

/** Sums deltas field by field. */
export function addDeltas(...deltas: CountDelta[]): CountDelta {
  return Object.fromEntries(FIELDS.map((f) => [f, deltas.reduce((sum, d) => sum + (d[f] ?? 0), 0)]));
}

/** Recomputes every counter from the rows (bulk loads such as the seed). */
export async function rebuildCounts(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('region_organization_counts').execute();
  await db
    .insertInto('region_organization_counts')
    .columns(['region_code', 'kind', 'active', 'worker_homes', 'demonstration_sites', 'integrated_homes'])
    .expression(
      db
        .selectFrom('organizations as o')
        .leftJoin('worker_homes as w', 'w.org_id', 'o.id')
        .select([
          'o.region_code',
          'o.kind',
          sql<number>`count(*)`.as('active'),
          sql<number>`count(w.org_id)`.as('worker_homes'),
          sql<number>`sum(case when w.demonstration_level is not null then 1 else 0 end)`.as(
            'demonstration_sites',
          ),
          sql<number>`sum(case when w.integrated then 1 else 0 end)`.as('integrated_homes'),
        ])
        .where('o.status', '=', 'ACTIVE')
        .groupBy(['o.region_code', 'o.kind']),
    )
    .execute();
}
