import {
  badUserInput,
  decodeCursor,
  encodeCursor,
  pageSize,
  type Connection,
  type PageArgs,
} from '@union/kit';
import type { SelectQueryBuilder } from 'kysely';

/*
 * Keyset pages in end-date order (soonest first), for "what expires next": the key is
 * (effective_to, id), so equal end dates page stably. Contracts without an end date (DRAFT,
 * NEGOTIATING) have no place in this order and are left out.
 */
export async function paginateByExpiry<T>(
  filtered: () => SelectQueryBuilder<any, any, any>,
  args: PageArgs,
  map: (row: any) => T,
): Promise<Connection<T>> {
  const limit = pageSize(args);
  let query = filtered().selectAll().where('effective_to', 'is not', null);
  if (args.after) {
    const [to, id] = decodeCursor(args.after);
    if (typeof to !== 'string' || typeof id !== 'string') throw badUserInput('after', 'Invalid cursor');
    query = query.where((eb: any) =>
      eb.or([eb('effective_to', '>', to), eb.and([eb('effective_to', '=', to), eb('id', '>', id)])]),
    );
  }
  const rows: any[] =
    limit === 0
      ? []
      : await query
          .orderBy('effective_to')
          .orderBy('id')
          .limit(limit + 1)
          .execute();
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: encodeCursor([row.effective_to, row.id]), node: map(row) }));
  let counted: Promise<number> | undefined;
  const count = async () =>
    Number(
      (
        await filtered()
          .where('effective_to', 'is not', null)
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
