import { decodeCursor, encodeCursor, pageSize, type Connection, type PageArgs } from '@union/kit';
import type { SelectQueryBuilder } from 'kysely';

/*
 * Keyset paging over (region_code, id): the order of the (region_code, id) and
 * (org_id, region_code, id) indexes, so a region-prefix list with any extra filter is an in-order
 * index range scan that stops after first + 1 matches — no sort of every row under the prefix.
 */
export async function pageByRegionAndId<Row extends { id: string; region_code: string }, T>(
  filtered: () => SelectQueryBuilder<any, any, any>,
  args: PageArgs,
  map: (row: Row) => T,
  table = 'members',
): Promise<Connection<T>> {
  const limit = pageSize(args);
  let query = filtered().selectAll();
  if (args.after) {
    const [region, id] = decodeCursor(args.after);
    if (typeof region !== 'string' || typeof id !== 'string') throw new Error('unreachable');
    query = query.where((eb: any) =>
      eb.or([
        eb(`${table}.region_code`, '>', region),
        eb.and([eb(`${table}.region_code`, '=', region), eb(`${table}.id`, '>', id)]),
      ]),
    );
  }
  const rows: Row[] =
    limit === 0
      ? []
      : await query
          .orderBy(`${table}.region_code`, 'asc')
          .orderBy(`${table}.id`, 'asc')
          .limit(limit + 1)
          .execute();
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: encodeCursor([row.region_code, row.id]), node: map(row) }));
  let counted: Promise<number> | undefined;
  const count = async () =>
    Number(
      (
        await filtered()
          .select((eb: any) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: () => (counted ??= count()),
  };
}
