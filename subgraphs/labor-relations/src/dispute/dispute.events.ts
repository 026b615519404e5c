import { newId, toDbTimestamp } from '@union/kit';
import type { Transaction } from 'kysely';
import { actorOf } from '../access/actor';
import type { Context } from '../context';
import type { Database } from '../db/database';
import type { DisputeStatus } from './dispute-status';
import { insertDisputeEvent } from './dispute.repository';
import type { DisputeEventKind } from './dispute.table';

/** One timeline entry, written in the same transaction as the change it records. */
export async function recordDisputeEvent(
  trx: Transaction<Database>,
  ctx: Context,
  dispute: { id: string; orgId: string; regionCode: string },
  event: {
    kind: DisputeEventKind;
    from?: DisputeStatus | null;
    to?: DisputeStatus | null;
    note?: string | null;
  },
): Promise<void> {
  const { actor, actorRole } = actorOf(ctx.identity);
  await insertDisputeEvent(trx, {
    id: newId(),
    dispute_id: dispute.id,
    org_id: dispute.orgId,
    region_code: dispute.regionCode,
    kind: event.kind,
    from_status: event.from ?? null,
    to_status: event.to ?? null,
    note: event.note ?? null,
    actor: actor.slice(0, 100),
    actor_role: actorRole,
    request_id: ctx.requestId.slice(0, 64),
    created_at: toDbTimestamp(),
  });
}
