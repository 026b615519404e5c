import { conflict, inTransaction, notFound, toDbTimestamp } from '@union/kit';
import type { Kysely } from 'kysely';
import type { Actor } from '../history/history.repository';
import { recordHistory } from '../history/history.repository';
import type { Database } from '../db/database';
import { adjustMemberCounts, changeContribution } from '../stats/member-counts.repository';
import { toMember, type Member, type MemberRow, type MemberUpdate } from './member.table';

/** Reads one member row for a write, unscoped: the access check decides, not visibility. */
export async function loadMemberRow(
  db: Kysely<Database>,
  id: string,
  field = 'input.id',
): Promise<MemberRow> {
  const row = await db.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Member', field);
  return row;
}

/**
 * Applies a change to one member in a transaction: guarded by the version read (stale → CONFLICT),
 * counters moved from the old contribution to the new, one history row naming the fields.
 */
export async function writeMember(
  db: Kysely<Database>,
  who: Actor,
  before: MemberRow,
  changes: MemberUpdate,
  action: string,
  fields: readonly string[],
  trxIn?: Kysely<Database>,
): Promise<Member> {
  const apply = async (trx: Kysely<Database>) => {
    const now = toDbTimestamp();
    const after: MemberRow = {
      ...before,
      ...changes,
      version: Number(before.version) + 1,
      updated_at: now,
    };
    const result = await trx
      .updateTable('members')
      .set({ ...changes, version: after.version, updated_at: now })
      .where('id', '=', before.id)
      .where('version', '=', Number(before.version))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw conflict('Member was changed by someone else; reload it and try again', {
        field: 'input.expectedVersion',
      });
    }
    await adjustMemberCounts(trx, changeContribution(before, after));
    await recordHistory(trx, who, { id: after.id, regionCode: after.region_code }, action, fields);
    return toMember(after);
  };
  return trxIn ? apply(trxIn) : inTransaction(db, apply);
}
