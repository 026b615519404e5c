import { newId, paginateById, toDbTimestamp, type Connection, type PageArgs, type Scope } from '@union/kit';
import { scopePredicate } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import {
  toPiiAccess,
  type NewPiiAccess,
  type PiiAccess,
  type PiiAccessRow,
  type PiiField,
} from './pii-access.table';

export interface PiiRead {
  memberId: string;
  regionCode: string;
  field: PiiField;
}

/**
 * Per request: every full read of a personal value writes one audit row before the value is
 * returned (a failed write fails the read). Reads in the same tick go out as one multi-row INSERT,
 * so a list that shows 100 ID numbers costs one statement, not 100.
 */
export function createPiiAuditWriter(
  db: Kysely<Database>,
  who: { actor: string; role: string; requestId: string },
): DataLoader<PiiRead, true, string> {
  return new DataLoader(
    async (reads: readonly PiiRead[]) => {
      const at = toDbTimestamp();
      const rows: NewPiiAccess[] = reads.map((r) => ({
        id: newId(),
        region_code: r.regionCode,
        member_id: r.memberId,
        actor: who.actor,
        actor_role: who.role,
        field: r.field,
        request_id: who.requestId,
        created_at: at,
      }));
      await db.insertInto('pii_access_log').values(rows).execute();
      return reads.map(() => true as const);
    },
    { cacheKeyFn: (r) => `${r.memberId}:${r.field}`, maxBatchSize: 500 },
  );
}

export interface PiiAccessFilter {
  memberId?: string | null;
  actor?: string | null;
  since?: string | null;
}

/** The audit trail within the caller's region, oldest first (ids are time-ordered). */
export function pagePiiAccess(
  db: Kysely<Database>,
  scope: Scope,
  filter: PiiAccessFilter | null | undefined,
  args: PageArgs,
): Promise<Connection<PiiAccess>> {
  const filtered = () => {
    let q = db
      .selectFrom('pii_access_log')
      .where(scopePredicate(scope, { region: 'pii_access_log.region_code' }));
    if (filter?.memberId) q = q.where('member_id', '=', filter.memberId);
    if (filter?.actor) q = q.where('actor', '=', filter.actor);
    if (filter?.since) q = q.where('created_at', '>=', toDbTimestamp(new Date(filter.since)));
    return q;
  };
  return paginateById<PiiAccessRow, PiiAccess>(filtered, args, toPiiAccess);
}
