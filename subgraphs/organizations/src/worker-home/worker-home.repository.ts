import { scopePredicate, type Scope } from '@union/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { directoryScope } from '../organization/organization-scope';
import { toWorkerHome, type NewWorkerHome, type WorkerHome, type WorkerHomeRow } from './worker-home.table';

export async function findWorkerHomesByOrgIds(
  db: Kysely<Database>,
  orgIds: readonly string[],
  scope: Scope,
): Promise<WorkerHome[]> {
  if (orgIds.length === 0) return [];
  const rows = await db
    .selectFrom('worker_homes')
    .selectAll()
    .where('org_id', 'in', [...orgIds])
    .where(
      scopePredicate(directoryScope(scope), {
        region: 'worker_homes.region_code',
        org: 'worker_homes.org_id',
      }),
    )
    .execute();
  return rows.map(toWorkerHome);
}

/** Deletes an organization's workers' home and returns what it was (counters take it away). */
async function takeWorkerHome(db: Kysely<Database>, orgId: string): Promise<WorkerHomeRow | null> {
  const previous = await db
    .selectFrom('worker_homes')
    .selectAll()
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  if (previous) await db.deleteFrom('worker_homes').where('org_id', '=', orgId).execute();
  return previous ?? null;
}

/** Insert or replace the workers' home of one organization (portable: delete + insert in the caller's transaction). */
export async function replaceWorkerHome(
  db: Kysely<Database>,
  row: NewWorkerHome,
): Promise<WorkerHomeRow | null> {
  const previous = await takeWorkerHome(db, row.org_id);
  await db.insertInto('worker_homes').values(row).execute();
  return previous;
}

/** An organization that ceases (dissolved or merged) no longer runs a workers' home; the event log keeps its history. */
export function removeWorkerHome(db: Kysely<Database>, orgId: string): Promise<WorkerHomeRow | null> {
  return takeWorkerHome(db, orgId);
}
