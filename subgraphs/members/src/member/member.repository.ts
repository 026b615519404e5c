import {
  birthDateRange,
  entityId,
  likePrefix,
  parseInput,
  regionPrefix,
  searchText,
  paginateByColumnAndId,
  type Connection,
  type PageArgs,
  type Scope,
} from '@union/kit';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/database';
import { memberScope } from './member-scope';
import { toMember, type AgeBand, type Member, type MemberRow, type MemberStatus } from './member.table';

export interface MemberFilter {
  regionPrefix?: string | null;
  organizationId?: string | null;
  status?: MemberStatus | null;
  migrantWorker?: boolean | null;
  ageBand?: AgeBand | null;
  joinedSince?: string | null;
  namePrefix?: string | null;
}

const memberFilterShape = z.looseObject({
  regionPrefix: regionPrefix.nullish(),
  organizationId: entityId.nullish(),
  namePrefix: searchText().nullish(),
});

export async function findMembersByIds(
  db: Kysely<Database>,
  ids: readonly string[],
  scope: Scope,
): Promise<Member[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('members')
    .selectAll()
    .where('id', 'in', [...ids])
    .where(memberScope(scope))
    .execute();
  return rows.map(toMember);
}

/** Exact look-up through the blind index, unscoped (the caller decides what the scope allows). */
export async function findMemberByIdIndex(db: Kysely<Database>, index: string): Promise<Member | null> {
  const row = await db
    .selectFrom('members')
    .selectAll()
    .where('id_number_index', '=', index)
    .executeTakeFirst();
  return row ? toMember(row) : null;
}

/** The members a filter selects inside the scope, as a fresh builder each call (nothing selected yet). */
export function memberFilterQuery(
  db: Kysely<Database>,
  scope: Scope,
  filter: MemberFilter | null | undefined,
) {
  // Resolvers receive filters already cleaned by the kit (cleanArguments); loaders and other callers
  // get the very same rules here, so no path reaches SQL with an unchecked prefix.
  const f = parseInput(memberFilterShape, filter ?? {}, 'filter') as MemberFilter;
  const band = f.ageBand ? birthDateRange(f.ageBand) : null;
  return () => {
    let q = db.selectFrom('members').where(memberScope(scope));
    if (f.organizationId) q = q.where('members.org_id', '=', f.organizationId);
    if (f.regionPrefix) {
      const prefix = f.regionPrefix;
      q = q.where((eb) => likePrefix(eb, 'members.region_code', prefix));
    }
    if (f.status) q = q.where('members.status', '=', f.status);
    if (f.migrantWorker != null) q = q.where('members.is_migrant_worker', '=', f.migrantWorker ? 1 : 0);
    if (band?.after) q = q.where('members.birth_date', '>', band.after);
    if (band?.onOrBefore) q = q.where('members.birth_date', '<=', band.onOrBefore);
    if (f.joinedSince) q = q.where('members.joined_on', '>=', f.joinedSince);
    if (f.namePrefix) {
      const prefix = f.namePrefix;
      q = q.where((eb) => likePrefix(eb, 'members.name', prefix));
    }
    return q;
  };
}

/** A page of members in scope, ordered by (region code, id). */
export function pageMembers(
  db: Kysely<Database>,
  options: { scope: Scope; filter?: MemberFilter | null; orgId?: string; args: PageArgs },
): Promise<Connection<Member>> {
  const base = memberFilterQuery(db, options.scope, options.filter);
  const orgId = options.orgId;
  const filtered = orgId ? () => base().where('members.org_id', '=', orgId) : base;
  // (region_code, id): the order of the (region_code, id) and (org_id, region_code, id) indexes, so a
  // region-prefix list with any extra filter is an in-order range scan that stops after first + 1 rows.
  return paginateByColumnAndId(
    filtered,
    { column: 'members.region_code', idColumn: 'members.id' },
    options.args,
    toMember,
  );
}

/** How many members a filter selects in each organization, inside the scope: one GROUP BY. */
export async function countMembersOfOrganizations(
  db: Kysely<Database>,
  scope: Scope,
  filter: MemberFilter | null,
  orgIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await memberFilterQuery(db, scope, filter)()
    .where('members.org_id', 'in', [...orgIds])
    .select(['members.org_id', sql<number>`count(*)`.as('n')])
    .groupBy('members.org_id')
    .execute();
  return new Map(rows.map((row) => [row.org_id, Number(row.n)]));
}

/**
 * The first `first + 1` members a filter selects in each organization (the extra row tells whether
 * a next page exists), in one statement: ROW_NUMBER() per organization over the
 * (org_id, region_code, id) index (both engines have window functions). Ordered by organization,
 * then (region code, id) like every members page.
 */
export async function firstMembersOfOrganizations(
  db: Kysely<Database>,
  scope: Scope,
  filter: MemberFilter | null,
  orgIds: readonly string[],
  first: number,
): Promise<MemberRow[]> {
  const ranked = memberFilterQuery(db, scope, filter)()
    .where('members.org_id', 'in', [...orgIds])
    .selectAll('members')
    .select(
      sql<number>`row_number() over (partition by ${sql.ref('members.org_id')} order by ${sql.ref('members.region_code')}, ${sql.ref('members.id')})`.as(
        'rn',
      ),
    );
  return (await db
    .selectFrom(ranked.as('t'))
    .selectAll('t')
    .where('t.rn', '<=', first + 1)
    .orderBy('t.org_id')
    .orderBy('t.region_code')
    .orderBy('t.id')
    .execute()) as unknown as MemberRow[];
}

/** The register entries of these ID number blind indexes, unscoped (imports match on them): 5,000 keys a statement. */
export async function findMemberRowsByIdIndexes(
  db: Kysely<Database>,
  indexes: readonly string[],
): Promise<MemberRow[]> {
  const rows: MemberRow[] = [];
  for (let i = 0; i < indexes.length; i += 5000) {
    rows.push(
      ...(await db
        .selectFrom('members')
        .selectAll()
        .where('id_number_index', 'in', indexes.slice(i, i + 5000))
        .execute()),
    );
  }
  return rows;
}
