import { likePrefix, paginateById, type Connection, type PageArgs, type Scope } from '@union/kit';
import type { Kysely } from 'kysely';
import { memberRowScope } from '../access/member-row-scope';
import type { Database } from '../db/database';
import { toGrant, type AssistanceGrant } from './grant.table';
import { toHardshipCase, type HardshipCase, type HardshipLevel, type HardshipStatus } from './hardship.table';

export interface HardshipFilter {
  status?: HardshipStatus | null;
  level?: HardshipLevel | null;
  memberId?: string | null;
  organizationId?: string | null;
  regionPrefix?: string | null;
}

/** Which of these members have an OPEN case (unscoped: an eligibility fact, never returned as rows). */
export async function membersWithOpenCase(
  db: Kysely<Database>,
  memberIds: readonly string[],
): Promise<Set<string>> {
  if (memberIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('hardship_cases')
    .select('member_id')
    .where('member_id', 'in', [...memberIds])
    .where('open_marker', '=', 1)
    .execute();
  return new Set(rows.map((r) => r.member_id));
}

export async function findCasesByIds(
  db: Kysely<Database>,
  ids: readonly string[],
  scope: Scope,
): Promise<HardshipCase[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('hardship_cases')
    .selectAll()
    .where('id', 'in', [...ids])
    .where(memberRowScope(scope, 'hardship_cases'))
    .execute();
  return rows.map(toHardshipCase);
}

/** Cases of many members in one statement (the unique key starts with member_id). */
export async function findCasesByMembers(
  db: Kysely<Database>,
  memberIds: readonly string[],
  scope: Scope,
): Promise<HardshipCase[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .selectFrom('hardship_cases')
    .selectAll()
    .where('member_id', 'in', [...memberIds])
    .where(memberRowScope(scope, 'hardship_cases'))
    .orderBy('id')
    .execute();
  return rows.map(toHardshipCase);
}

export function pageCases(
  db: Kysely<Database>,
  options: { scope: Scope; filter?: HardshipFilter | null; args: PageArgs },
): Promise<Connection<HardshipCase>> {
  const filtered = () => {
    let q = db.selectFrom('hardship_cases').where(memberRowScope(options.scope, 'hardship_cases'));
    const f = options.filter ?? {};
    if (f.status) q = q.where('status', '=', f.status);
    if (f.level) q = q.where('level', '=', f.level);
    if (f.memberId) q = q.where('member_id', '=', f.memberId);
    if (f.organizationId) q = q.where('org_id', '=', f.organizationId);
    if (f.regionPrefix) {
      const prefix = f.regionPrefix;
      q = q.where((eb) => likePrefix(eb, 'hardship_cases.region_code', prefix));
    }
    return q;
  };
  return paginateById(filtered, options.args, toHardshipCase);
}

/** Grants of many cases in one statement; the case was already read under scope. */
export async function findGrantsByCases(
  db: Kysely<Database>,
  caseIds: readonly string[],
  scope: Scope,
): Promise<AssistanceGrant[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .selectFrom('assistance_grants')
    .selectAll()
    .where('case_id', 'in', [...caseIds])
    .where(memberRowScope(scope, 'assistance_grants'))
    .orderBy('id')
    .execute();
  return rows.map(toGrant);
}
