import { newId, toDbTimestamp } from '@union/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { MemberHistoryTable } from './history.table';

export interface Actor {
  actor: string;
  requestId: string;
}

/** One history row per change, in the caller's transaction: which fields, never their values. */
export async function recordHistory(
  trx: Kysely<Database>,
  who: Actor,
  member: { id: string; regionCode: string },
  action: string,
  fields: readonly string[],
): Promise<void> {
  await trx
    .insertInto('member_history')
    .values({
      id: newId(),
      member_id: member.id,
      region_code: member.regionCode,
      action,
      fields: JSON.stringify(fields),
      actor: who.actor,
      request_id: who.requestId,
      created_at: toDbTimestamp(),
    })
    .execute();
}

/** History of many members in one statement, newest first per member. */
export async function findHistory(
  db: Kysely<Database>,
  memberIds: readonly string[],
): Promise<MemberHistoryTable[]> {
  if (memberIds.length === 0) return [];
  return db
    .selectFrom('member_history')
    .selectAll()
    .where('member_id', 'in', [...memberIds])
    .orderBy('member_id')
    .orderBy('id', 'desc')
    .execute();
}
