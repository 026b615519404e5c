import { paginateById, type Connection, type PageArgs, type Scope } from '@union/kit';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';
import { applicationScope } from './application-scope';
import { toApplication, type Application, type ApplicationRow } from './application.table';

export async function findApplicationRow(db: Kysely<Database>, id: string): Promise<ApplicationRow | null> {
  return (
    (await db.selectFrom('membership_applications').selectAll().where('id', '=', id).executeTakeFirst()) ??
    null
  );
}

export async function findPendingApplication(
  db: Kysely<Database>,
  pendingKey: string,
): Promise<ApplicationRow | null> {
  return (
    (await db
      .selectFrom('membership_applications')
      .selectAll()
      .where('pending_key', '=', pendingKey)
      .executeTakeFirst()) ?? null
  );
}

/** Pending applications of one organization in the caller's scope, oldest first. */
export function pagePendingApplications(
  db: Kysely<Database>,
  orgId: string,
  scope: Scope,
  args: PageArgs,
): Promise<Connection<Application>> {
  const filtered = () =>
    db
      .selectFrom('membership_applications')
      .where('org_id', '=', orgId)
      .where('status', '=', 'PENDING')
      .where(applicationScope(scope));
  return paginateById<ApplicationRow, Application>(filtered, args, toApplication);
}

export async function findApplicationInScope(
  db: Kysely<Database>,
  id: string,
  scope: Scope,
): Promise<Application | null> {
  const row = await db
    .selectFrom('membership_applications')
    .selectAll()
    .where('id', '=', id)
    .where(applicationScope(scope))
    .executeTakeFirst();
  return row ? toApplication(row) : null;
}

/** Pending applications inside the scope, as a fresh builder (nothing selected yet). */
function pendingInScope(db: Kysely<Database>, scope: Scope) {
  return db
    .selectFrom('membership_applications')
    .where('status', '=', 'PENDING')
    .where(applicationScope(scope));
}

/** Pending applications per organization inside the scope: one GROUP BY. */
export async function countPendingOfOrganizations(
  db: Kysely<Database>,
  scope: Scope,
  orgIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await pendingInScope(db, scope)
    .where('org_id', 'in', [...orgIds])
    .select(['org_id', sql<number>`count(*)`.as('n')])
    .groupBy('org_id')
    .execute();
  return new Map(rows.map((r) => [r.org_id, Number(r.n)]));
}

/**
 * The first `first + 1` pending applications of each organization inside the scope, oldest first,
 * in one statement: ROW_NUMBER() per organization over the (org_id, status, id) index.
 */
export async function firstPendingOfOrganizations(
  db: Kysely<Database>,
  scope: Scope,
  orgIds: readonly string[],
  first: number,
): Promise<ApplicationRow[]> {
  const ranked = pendingInScope(db, scope)
    .where('org_id', 'in', [...orgIds])
    .selectAll('membership_applications')
    .select(
      sql<number>`row_number() over (partition by ${sql.ref('org_id')} order by ${sql.ref('id')})`.as('rn'),
    );
  return (await db
    .selectFrom(ranked.as('t'))
    .selectAll('t')
    .where('t.rn', '<=', first + 1)
    .orderBy('t.org_id')
    .orderBy('t.id')
    .execute()) as unknown as ApplicationRow[];
}
