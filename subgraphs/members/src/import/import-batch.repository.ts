import type { Kysely } from 'kysely';
import { bulkInsert } from '../db/bulk-insert';
import type { Database } from '../db/database';
import type { NewMemberHistory } from '../history/history.table';
import type { MemberRow, MemberUpdate } from '../member/member.table';
import { adjustMemberCounts, cellDeltas } from '../stats/member-counts.repository';

/** Another writer changed an entry between this batch's read and its update (the version guard). */
export class MemberChangedError extends Error {
  constructor() {
    super('member changed during the import');
    this.name = 'MemberChangedError';
  }
}

/** A change to an entry read by the batch, guarded by the version read. */
export interface GuardedUpdate {
  before: MemberRow;
  changes: MemberUpdate;
}

/**
 * A batch's writes in one transaction: inserts, version-guarded updates (stale → MemberChangedError),
 * history, then counters (docs/architecture.md §7).
 */
export async function commitBatch(
  db: Kysely<Database>,
  batch: {
    members: MemberRow[];
    updates: readonly GuardedUpdate[];
    history: NewMemberHistory[];
    cells: Map<string, number>;
  },
  now: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await bulkInsert(trx, 'members', batch.members as unknown as Record<string, string | number | null>[]);
    for (const u of batch.updates) {
      const result = await trx
        .updateTable('members')
        .set({ ...u.changes, version: Number(u.before.version) + 1, updated_at: now })
        .where('id', '=', u.before.id)
        .where('version', '=', Number(u.before.version))
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new MemberChangedError();
    }
    await bulkInsert(
      trx,
      'member_history',
      batch.history as unknown as Record<string, string | number | null>[],
    );
    // Last, so the counter rows (shared by concurrent writers) are locked only until the commit.
    await adjustMemberCounts(trx, cellDeltas(batch.cells));
  });
}
