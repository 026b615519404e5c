import { paginateById, type Connection, type PageArgs, type Scope } from '@union/kit';
import type { Kysely } from 'kysely';
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
