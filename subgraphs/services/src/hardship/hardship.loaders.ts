import { existingIds, groupBy, scopedLoader, type Scope } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { findCasesByIds, findCasesByMembers, findGrantsByCases } from './hardship.repository';

export function createHardshipLoaders(db: Kysely<Database>, scope: Scope) {
  return {
    hardshipCase: scopedLoader({
      fetchInScope: (ids) => findCasesByIds(db, ids, scope),
      keyOf: (c) => c.id,
      existing: (ids) => existingIds(db, 'hardship_cases', ids),
    }),
    /** The member's open case, else the most recent one, else null. */
    currentCaseOfMember: new DataLoader(async (memberIds: readonly string[]) =>
      groupBy(memberIds, await findCasesByMembers(db, memberIds, scope), (c) => c.memberId).map(
        (cases) => cases.find((c) => c.status === 'OPEN') ?? cases[cases.length - 1] ?? null,
      ),
    ),
    grantsOfCase: new DataLoader(async (caseIds: readonly string[]) =>
      groupBy(caseIds, await findGrantsByCases(db, caseIds, scope), (g) => g.caseId),
    ),
  };
}
