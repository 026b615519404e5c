import { likePrefix, paginateById, type Connection, type PageArgs, type Scope } from '@union/kit';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database';
import type { RiskLevel } from '../shared/risk-level';
import { disputeScope } from './dispute-scope';
import type { DisputeStatus } from './dispute-status';
import {
  toDispute,
  toEvent,
  type DisputeCategory,
  type DisputeClaimantRow,
  type DisputeEvent,
  type LaborDispute,
  type NewDisputeEvent,
} from './dispute.table';

export interface DisputeFilter {
  regionPrefix?: string | null;
  organizationId?: string | null;
  status?: DisputeStatus | null;
  /** true: every status but CLOSED; false: CLOSED only. */
  open?: boolean | null;
  category?: DisputeCategory | null;
  collective?: boolean | null;
  riskLevel?: RiskLevel | null;
  withLegalAid?: boolean | null;
}

function applyFilter<Q extends { where: (...args: any[]) => any }>(q: Q, f: DisputeFilter): Q {
  let out: any = q;
  if (f.regionPrefix) {
    const prefix = f.regionPrefix;
    out = out.where((eb: any) => likePrefix(eb, 'labor_disputes.region_code', prefix));
  }
  if (f.organizationId) out = out.where('labor_disputes.org_id', '=', f.organizationId);
  if (f.status) out = out.where('labor_disputes.status', '=', f.status);
  if (f.open === true) out = out.where('labor_disputes.status', '!=', 'CLOSED');
  if (f.open === false) out = out.where('labor_disputes.status', '=', 'CLOSED');
  if (f.category) out = out.where('labor_disputes.category', '=', f.category);
  if (f.collective != null) out = out.where('labor_disputes.is_collective', '=', f.collective ? 1 : 0);
  if (f.riskLevel) out = out.where('labor_disputes.risk_level', '=', f.riskLevel);
  if (f.withLegalAid === true) out = out.where('labor_disputes.legal_aid_request_id', 'is not', null);
  if (f.withLegalAid === false) out = out.where('labor_disputes.legal_aid_request_id', 'is', null);
  return out;
}

export async function findDisputesByIds(
  db: Kysely<Database>,
  ids: readonly string[],
  scope: Scope,
): Promise<LaborDispute[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('labor_disputes')
    .selectAll()
    .where('id', 'in', [...ids])
    .where(disputeScope(scope))
    .execute();
  return rows.map(toDispute);
}

export async function findDisputeIdByCaseNumber(
  db: Kysely<Database>,
  caseNumber: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('labor_disputes')
    .select('id')
    .where('case_number', '=', caseNumber)
    .executeTakeFirst();
  return row?.id ?? null;
}

export function pageDisputes(
  db: Kysely<Database>,
  options: { scope: Scope; filter?: DisputeFilter | null; args: PageArgs },
): Promise<Connection<LaborDispute>> {
  const filtered = () =>
    applyFilter(db.selectFrom('labor_disputes').where(disputeScope(options.scope)), options.filter ?? {});
  return paginateById(filtered, options.args, toDispute);
}

/** The newest `limit` disputes of each organization, one statement. */
export async function findDisputesByOrgIds(
  db: Kysely<Database>,
  orgIds: readonly string[],
  options: { scope: Scope; limit: number; filter?: DisputeFilter | null },
): Promise<LaborDispute[]> {
  if (orgIds.length === 0 || options.limit === 0) return [];
  const inner = applyFilter(
    db
      .selectFrom('labor_disputes')
      .selectAll()
      .select(sql<number>`row_number() over (partition by org_id order by id desc)`.as('rn'))
      .where('org_id', 'in', [...orgIds])
      .where(disputeScope(options.scope)),
    options.filter ?? {},
  );
  const rows = await db
    .selectFrom(inner.as('d'))
    .selectAll()
    .where('rn', '<=', options.limit)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => toDispute(r as any));
}

/** The newest `limit` disputes naming each member as claimant, one statement. */
export async function findDisputesByMemberIds(
  db: Kysely<Database>,
  memberIds: readonly string[],
  options: { scope: Scope; limit: number; open?: boolean | null },
): Promise<(LaborDispute & { claimantId: string })[]> {
  if (memberIds.length === 0 || options.limit === 0) return [];
  const inner = applyFilter(
    db
      .selectFrom('dispute_claimants')
      .innerJoin('labor_disputes', 'labor_disputes.id', 'dispute_claimants.dispute_id')
      .selectAll('labor_disputes')
      .select([
        'dispute_claimants.member_id as claimant_id',
        sql<number>`row_number() over (partition by dispute_claimants.member_id order by labor_disputes.id desc)`.as(
          'rn',
        ),
      ])
      .where('dispute_claimants.member_id', 'in', [...memberIds])
      .where(disputeScope(options.scope)),
    { open: options.open ?? null },
  );
  const rows = await db
    .selectFrom(inner.as('d'))
    .selectAll()
    .where('rn', '<=', options.limit)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r: any) => ({ ...toDispute(r), claimantId: r.claimant_id }));
}

export async function findClaimantsByDisputeIds(
  db: Kysely<Database>,
  disputeIds: readonly string[],
): Promise<DisputeClaimantRow[]> {
  if (disputeIds.length === 0) return [];
  return db
    .selectFrom('dispute_claimants')
    .selectAll()
    .where('dispute_id', 'in', [...disputeIds])
    .orderBy('dispute_id')
    .orderBy('member_id')
    .execute();
}

export async function findEventsByDisputeIds(
  db: Kysely<Database>,
  disputeIds: readonly string[],
): Promise<DisputeEvent[]> {
  if (disputeIds.length === 0) return [];
  const rows = await db
    .selectFrom('dispute_events')
    .selectAll()
    .where('dispute_id', 'in', [...disputeIds])
    .orderBy('dispute_id')
    .orderBy('id')
    .execute();
  return rows.map(toEvent);
}

/** One timeline entry, inside the transaction of the change it records (dispute.events.ts). */
export async function insertDisputeEvent(trx: Transaction<Database>, row: NewDisputeEvent): Promise<void> {
  await trx.insertInto('dispute_events').values(row).execute();
}
