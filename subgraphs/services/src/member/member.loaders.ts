import { todayIso } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { RequiredMemberFacts } from '../facts/entity-references';
import { membersWithOpenCase } from '../hardship/hardship.repository';
import { failedRule, isOpenOn } from '../program/eligibility';
import { findOpenTargetedCovering } from '../program/program.repository';
import type { ServiceProgram } from '../program/program.table';

/*
 * Recommendations for many members in two statements: the open TARGETED programs covering any of
 * their regions, and which of them have an open hardship case; each member's list is then the
 * programs whose rules they meet (programs are few per region; members are never read from a table).
 */
async function recommendFor(
  db: Kysely<Database>,
  members: readonly RequiredMemberFacts[],
): Promise<ServiceProgram[][]> {
  const programs = await findOpenTargetedCovering(
    db,
    members.map((m) => m.region.code),
  );
  const today = todayIso();
  const open = programs.filter((p) => isOpenOn(p, today) && (p.capacity === null || p.taken < p.capacity));
  const needsHardship = open.some((p) => p.eligibility.openHardshipCaseOnly);
  const withCase = needsHardship
    ? await membersWithOpenCase(db, [...new Set(members.map((m) => m.id))])
    : new Set<string>();
  return members.map((m) =>
    open.filter(
      (p) =>
        failedRule(p, {
          regionCode: m.region.code,
          isMigrantWorker: Boolean(m.isMigrantWorker),
          gender: m.gender,
          age: Number(m.age),
          hasOpenHardshipCase: withCase.has(m.id),
        }) === null,
    ),
  );
}

export function createMemberLoaders(db: Kysely<Database>) {
  return {
    recommendedPrograms: new DataLoader<RequiredMemberFacts, ServiceProgram[], string>(
      (members) => recommendFor(db, members),
      { cacheKeyFn: (m) => JSON.stringify([m.id, m.region.code, m.isMigrantWorker, m.gender, m.age]) },
    ),
  };
}
