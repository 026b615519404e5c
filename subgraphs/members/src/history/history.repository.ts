import { newId, toDbTimestamp } from '@union/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { MemberHistoryRow } from './history.table';

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

/*
 * SQLite allows 500 terms in a compound SELECT; 100 members a statement keeps a page of a list
 * (capped at 100) to one statement.
 */
const MEMBERS_PER_STATEMENT = 100;

/**
 * The newest `first` history rows of each member, paged in SQL: one UNION ALL branch per member,
 * each an index range on (member_id, id) read backwards and cut by LIMIT, so a long history is never
 * read past what was asked. Rows come grouped per member, newest first.
 */
export async function findRecentHistory(
  db: Kysely<Database>,
  memberIds: readonly string[],
  first: number,
): Promise<MemberHistoryRow[]> {
  if (memberIds.length === 0 || first <= 0) return [];
  const rows: MemberHistoryRow[] = [];
  for (let i = 0; i < memberIds.length; i += MEMBERS_PER_STATEMENT) {
    const branches = memberIds
      .slice(i, i + MEMBERS_PER_STATEMENT)
      .map((id) =>
        db
          .selectFrom((eb) =>
            eb
              .selectFrom('member_history')
              .selectAll()
              .where('member_id', '=', id)
              .orderBy('id', 'desc')
              .limit(first)
              .as('h'),
          )
          .selectAll(),
      );
    rows.push(...(await branches.reduce((union, branch) => union.unionAll(branch)).execute()));
  }
  // A union's order is not guaranteed: put each member's rows newest first again.
  return rows.sort((a, b) =>
    a.member_id === b.member_id ? (a.id < b.id ? 1 : -1) : a.member_id < b.member_id ? -1 : 1,
  );
}
