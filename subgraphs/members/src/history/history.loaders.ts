import { groupBy } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { findRecentHistory } from './history.repository';
import type { MemberHistoryRow } from './history.table';

/** The history feature's DataLoaders, built per request. */
export function createHistoryLoaders(db: Kysely<Database>) {
  return {
    /** Keyed by member and page size: one statement per distinct `first` in a request. */
    history: new DataLoader(
      async (keys: readonly { memberId: string; first: number }[]) => {
        const byFirst = new Map<number, string[]>();
        for (const { memberId, first } of keys) {
          const ids = byFirst.get(first);
          if (ids) ids.push(memberId);
          else byFirst.set(first, [memberId]);
        }
        const found = new Map<string, MemberHistoryRow[]>();
        for (const [first, ids] of byFirst) {
          const grouped = groupBy(ids, await findRecentHistory(db, ids, first), (h) => h.member_id);
          ids.forEach((id, i) => found.set(`${id}:${first}`, grouped[i]!));
        }
        return keys.map((k) => found.get(`${k.memberId}:${k.first}`)!);
      },
      { cacheKeyFn: (k) => `${k.memberId}:${k.first}` },
    ),
  };
}
