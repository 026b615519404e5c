import { likePrefix, paginateById, type Connection, type PageArgs, type Scope } from '@union/kit';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';
import { addDays } from '../shared/dates';
import { appealScope } from './appeal-scope';
import { OPEN_APPEAL_STATUSES, type AppealStatus } from './appeal-status';
import {
  toAppeal,
  toAppealEvent,
  type AppealCategory,
  type AppealChannel,
  type AppealEvent,
  type AppealKind,
  type WorkerAppeal,
} from './appeal.table';

export interface AppealFilter {
  regionPrefix?: string | null;
  handlerOrganizationId?: string | null;
  organizationId?: string | null;
  status?: AppealStatus | null;
  /** true: before resolution (RECEIVED … IN_PROGRESS); false: resolved, called back or closed. */
  open?: boolean | null;
  kind?: AppealKind | null;
  category?: AppealCategory | null;
  channel?: AppealChannel | null;
  /** true: open and due before today; false: not overdue. */
  overdue?: boolean | null;
  /** Open and due between today and today + N days. */
  dueWithinDays?: number | null;
  submittedSince?: string | null;
}

/** isOverdue in SQL, by date (no job): open and due_on before today. */
function overdueExpr(eb: any, asOf: string) {
  return eb.and([
    eb('worker_appeals.status', 'in', [...OPEN_APPEAL_STATUSES]),
    eb('worker_appeals.due_on', '<', asOf),
  ]);
}

function applyFilter<Q extends { where: (...args: any[]) => any }>(q: Q, f: AppealFilter, asOf: string): Q {
  let out: any = q;
  if (f.regionPrefix) {
    const prefix = f.regionPrefix;
    out = out.where((eb: any) => likePrefix(eb, 'worker_appeals.region_code', prefix));
  }
  if (f.handlerOrganizationId) out = out.where('worker_appeals.handler_org_id', '=', f.handlerOrganizationId);
  if (f.organizationId) out = out.where('worker_appeals.org_id', '=', f.organizationId);
  if (f.status) out = out.where('worker_appeals.status', '=', f.status);
  if (f.open === true) out = out.where('worker_appeals.status', 'in', [...OPEN_APPEAL_STATUSES]);
  if (f.open === false) out = out.where('worker_appeals.status', 'not in', [...OPEN_APPEAL_STATUSES]);
  if (f.kind) out = out.where('worker_appeals.kind', '=', f.kind);
  if (f.category) out = out.where('worker_appeals.category', '=', f.category);
  if (f.channel) out = out.where('worker_appeals.channel', '=', f.channel);
  if (f.overdue === true) out = out.where((eb: any) => overdueExpr(eb, asOf));
  if (f.overdue === false) out = out.where((eb: any) => eb.not(overdueExpr(eb, asOf)));
  if (f.dueWithinDays != null) {
    out = out
      .where('worker_appeals.status', 'in', [...OPEN_APPEAL_STATUSES])
      .where('worker_appeals.due_on', '>=', asOf)
      .where('worker_appeals.due_on', '<=', addDays(asOf, f.dueWithinDays));
  }
  if (f.submittedSince) out = out.where('worker_appeals.submitted_on', '>=', f.submittedSince);
  return out;
}

export async function findAppealsByIds(
  db: Kysely<Database>,
  ids: readonly string[],
  scope: Scope,
): Promise<WorkerAppeal[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('worker_appeals')
    .selectAll()
    .where('id', 'in', [...ids])
    .where(appealScope(scope))
    .execute();
  return rows.map(toAppeal);
}

export async function findAppealIdByNumber(db: Kysely<Database>, number: string): Promise<string | null> {
  const row = await db
    .selectFrom('worker_appeals')
    .select('id')
    .where('appeal_number', '=', number)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function findAppealByNumberUnscoped(db: Kysely<Database>, number: string) {
  const row = await db
    .selectFrom('worker_appeals')
    .selectAll()
    .where('appeal_number', '=', number)
    .executeTakeFirst();
  return row ? toAppeal(row) : null;
}

export function pageAppeals(
  db: Kysely<Database>,
  options: { scope: Scope; filter?: AppealFilter | null; args: PageArgs; asOf: string },
): Promise<Connection<WorkerAppeal>> {
  const filtered = () =>
    applyFilter(
      db.selectFrom('worker_appeals').where(appealScope(options.scope)),
      options.filter ?? {},
      options.asOf,
    );
  return paginateById(filtered, options.args, toAppeal);
}

export type OrgRole = 'HANDLER' | 'CONCERNED';

/** The newest `limit` appeals of each organization (as handler, or as the organization concerned), one statement. */
export async function findAppealsByOrgIds(
  db: Kysely<Database>,
  orgIds: readonly string[],
  options: { scope: Scope; limit: number; role: OrgRole; open: boolean | null; asOf: string },
): Promise<(WorkerAppeal & { parentId: string })[]> {
  if (orgIds.length === 0 || options.limit === 0) return [];
  const column = options.role === 'HANDLER' ? 'handler_org_id' : 'org_id';
  const inner = applyFilter(
    db
      .selectFrom('worker_appeals')
      .selectAll()
      .select(sql<string>`${sql.ref(column)}`.as('parent_id'))
      .select(sql<number>`row_number() over (partition by ${sql.ref(column)} order by id desc)`.as('rn'))
      .where(column, 'in', [...orgIds])
      .where(appealScope(options.scope)),
    { open: options.open },
    options.asOf,
  );
  const rows = await db
    .selectFrom(inner.as('a'))
    .selectAll()
    .where('rn', '<=', options.limit)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r: any) => ({ ...toAppeal(r), parentId: r.parent_id }));
}

/** The newest `limit` appeals of each member, one statement. */
export async function findAppealsByMemberIds(
  db: Kysely<Database>,
  memberIds: readonly string[],
  options: { scope: Scope; limit: number; open: boolean | null; asOf: string },
): Promise<WorkerAppeal[]> {
  if (memberIds.length === 0 || options.limit === 0) return [];
  const inner = applyFilter(
    db
      .selectFrom('worker_appeals')
      .selectAll()
      .select(sql<number>`row_number() over (partition by member_id order by id desc)`.as('rn'))
      .where('member_id', 'in', [...memberIds])
      .where(appealScope(options.scope)),
    { open: options.open },
    options.asOf,
  );
  const rows = await db
    .selectFrom(inner.as('a'))
    .selectAll()
    .where('rn', '<=', options.limit)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r: any) => toAppeal(r));
}

export async function findAppealsByDisputeIds(
  db: Kysely<Database>,
  disputeIds: readonly string[],
  scope: Scope,
): Promise<WorkerAppeal[]> {
  if (disputeIds.length === 0) return [];
  const rows = await db
    .selectFrom('worker_appeals')
    .selectAll()
    .where('dispute_id', 'in', [...disputeIds])
    .where(appealScope(scope))
    .execute();
  return rows.map(toAppeal);
}

export async function findAppealEvents(
  db: Kysely<Database>,
  appealIds: readonly string[],
): Promise<AppealEvent[]> {
  if (appealIds.length === 0) return [];
  const rows = await db
    .selectFrom('appeal_events')
    .selectAll()
    .where('appeal_id', 'in', [...appealIds])
    .orderBy('appeal_id')
    .orderBy('id')
    .execute();
  return rows.map(toAppealEvent);
}

/** How many appeals (in scope) share each caller phone's blind index: repeat callers. */
export async function countByCallerIndex(
  db: Kysely<Database>,
  indexes: readonly string[],
  scope: Scope,
): Promise<Map<string, number>> {
  if (indexes.length === 0) return new Map();
  const rows = await db
    .selectFrom('worker_appeals')
    .select(['caller_phone_index', sql<number>`count(*)`.as('n')])
    .where('caller_phone_index', 'in', [...indexes])
    .where(appealScope(scope))
    .groupBy('caller_phone_index')
    .execute();
  return new Map(rows.map((r) => [r.caller_phone_index!, Number(r.n)]));
}
