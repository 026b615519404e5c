import { conflict, forbidden, inTransaction, newId, notFound, toDbTimestamp } from '@union/kit';
import type { Transaction } from 'kysely';
import { actorOf } from '../access/actor';
import type { Context } from '../context';
import type { Database } from '../db/database';
import { applyCounterDelta, counterDelta } from './appeal-counters';
import { mayHandle } from './appeal-scope';
import type { AppealStatus } from './appeal-status';
import { findAppealsByIds } from './appeal.repository';
import {
  normalizeAppealRow,
  type AppealEventKind,
  type Satisfaction,
  type WorkerAppeal,
  type WorkerAppealRow,
  type WorkerAppealUpdate,
} from './appeal.table';

const ALL = { kind: 'ALL' } as const;

export interface AppealEventSpec {
  kind: AppealEventKind;
  from?: AppealStatus | null;
  to?: AppealStatus | null;
  note?: string | null;
  /** The note is for staff only. */
  internal?: boolean;
  satisfaction?: Satisfaction | null;
}

export async function insertAppealEvents(
  trx: Transaction<Database>,
  ctx: Pick<Context, 'identity' | 'requestId'>,
  row: WorkerAppealRow,
  events: readonly AppealEventSpec[],
): Promise<void> {
  if (events.length === 0) return;
  const { actor, actorRole } = actorOf(ctx.identity);
  const at = toDbTimestamp();
  await trx
    .insertInto('appeal_events')
    .values(
      events.map((e) => ({
        id: newId(),
        appeal_id: row.id,
        region_code: row.region_code,
        kind: e.kind,
        from_status: e.from ?? null,
        to_status: e.to ?? null,
        handler_org_id: e.kind === 'TRANSITION' || e.kind === 'RECEIVED' ? row.handler_org_id : null,
        handler_region_code:
          e.kind === 'TRANSITION' || e.kind === 'RECEIVED' ? row.handler_region_code : null,
        satisfaction: e.satisfaction ?? null,
        note: e.note ?? null,
        internal: e.internal ? 1 : 0,
        actor: actor.slice(0, 100),
        actor_role: actorRole,
        request_id: ctx.requestId.slice(0, 64),
        created_at: at,
      })),
    )
    .execute();
}

/** The appeal a write names: NOT_FOUND when absent; FORBIDDEN unless the caller may work on it for its handler. */
export async function loadForHandling(ctx: Context, id: string): Promise<WorkerAppeal> {
  const appeal = await loadAppeal(ctx, id);
  if (!mayHandle(ctx.identity, appeal)) {
    throw forbidden('Only the handling organization or a federation above it may work on this appeal');
  }
  return appeal;
}

export async function loadAppeal(ctx: Context, id: string): Promise<WorkerAppeal> {
  const [appeal] = await findAppealsByIds(ctx.db, [id], ALL);
  if (!appeal) throw notFound('WorkerAppeal', 'input.id');
  return appeal;
}

export function assertVersion(appeal: WorkerAppeal, expected: number | null | undefined): void {
  if (expected != null && expected !== appeal.version) {
    throw conflict('The appeal was changed by someone else; reload it and try again', {
      field: 'input.expectedVersion',
    });
  }
}

/**
 * One change of an appeal, all or nothing: compare-and-set on (status, version), its timeline
 * entries, and the region counters moved by contribution(after) − contribution(before). Retried
 * on a deadlock or lock-wait timeout (every step re-runs from the start in a new transaction).
 */
export async function writeAppeal(
  ctx: Context,
  before: WorkerAppeal,
  patch: WorkerAppealUpdate,
  events: readonly AppealEventSpec[],
  extra?: (trx: Transaction<Database>) => Promise<void>,
): Promise<WorkerAppeal> {
  const now = toDbTimestamp();
  const set = { ...patch, version: before.version + 1, updated_at: now };
  const after = normalizeAppealRow({ ...before.row, ...set });
  await inTransaction(ctx.db, async (trx) => {
    if (extra) await extra(trx);
    const result = await trx
      .updateTable('worker_appeals')
      .set(set)
      .where('id', '=', before.id)
      .where('status', '=', before.status)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict('The appeal was changed concurrently; try again');
    await insertAppealEvents(trx, ctx, after, events);
    await applyCounterDelta(trx, counterDelta(before.row, after));
  });
  const [fresh] = await findAppealsByIds(ctx.db, [before.id], ALL);
  return fresh!;
}
