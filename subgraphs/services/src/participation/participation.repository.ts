import { isMysql, type Scope } from '@union/kit';
import type { Kysely, Transaction } from 'kysely';
import { memberRowScope } from '../access/member-row-scope';
import type { Database } from '../db/database';
import { toParticipation, type NewParticipation, type Participation } from './participation.table';

/** Participations of many members in one statement (the unique key starts with member_id). */
export async function findParticipationsByMembers(
  db: Kysely<Database>,
  memberIds: readonly string[],
  scope: Scope,
): Promise<Participation[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .selectFrom('participations')
    .selectAll()
    .where('member_id', 'in', [...memberIds])
    .where(memberRowScope(scope, 'participations'))
    .orderBy('id')
    .execute();
  return rows.map(toParticipation);
}

/**
 * Inserts rows, skipping any whose (member_id, activity_key) is already recorded — idempotent
 * under retries and concurrent check-ins alike, because the unique key decides, not a prior read.
 */
export async function insertParticipationsIdempotently(
  db: Kysely<Database> | Transaction<Database>,
  rows: readonly NewParticipation[],
): Promise<void> {
  if (rows.length === 0) return;
  const insert = db.insertInto('participations').values([...rows]);
  if (isMysql(db))
    await insert
      .onDuplicateKeyUpdate((eb) => ({ activity_key: eb.ref('participations.activity_key') }))
      .execute();
  else await insert.onConflict((oc) => oc.columns(['member_id', 'activity_key']).doNothing()).execute();
}

export async function findByActivity(
  db: Kysely<Database> | Transaction<Database>,
  memberIds: readonly string[],
  activityKey: string,
): Promise<Participation[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .selectFrom('participations')
    .selectAll()
    .where('member_id', 'in', [...memberIds])
    .where('activity_key', '=', activityKey)
    .orderBy('id')
    .execute();
  return rows.map(toParticipation);
}
