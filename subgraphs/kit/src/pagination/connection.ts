import type { SelectQueryBuilder } from 'kysely';
import { badUserInput } from '../errors/errors';
import { decodeCursor, encodeCursor } from './cursor';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  /** Resolved lazily: the count query runs only when a client selects totalCount. */
  totalCount: () => Promise<number>;
}

export function pageSize(args: PageArgs): number {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `first must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/**
 * Keyset pagination over a unique, ascending key column (time-sortable ids sort by creation).
 * `query` must already carry every filter, including the scope predicate; `count` is the same
 * filter as a count query. Rows come back in key order.
 */
export async function paginate<DB, TB extends keyof DB, Row extends Record<string, any>, T>(options: {
  query: SelectQueryBuilder<DB, TB, Row>;
  count: () => Promise<number>;
  keyColumn: string;
  keyOf: (row: Row) => string;
  args: PageArgs;
  map: (row: Row) => T;
}): Promise<Connection<T>> {
  const limit = pageSize(options.args);
  let query = options.query;
  if (options.args.after) {
    const [key] = decodeCursor(options.args.after);
    query = query.where(options.keyColumn as any, '>', key as any);
  }
  const rows =
    limit === 0
      ? []
      : await query
          .orderBy(options.keyColumn as any, 'asc')
          .limit(limit + 1)
          .execute();
  const page = rows.slice(0, limit) as Row[];
  const edges = page.map((row) => ({ cursor: encodeCursor([options.keyOf(row)]), node: options.map(row) }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: Boolean(options.args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: () => (counted ??= options.count()),
  };
}

/**
 * The common case: a filtered builder (scope and filters applied, nothing selected) paged by its
 * `id` column — time-sortable ids make that creation order — with the same filter as count.
 */
export function paginateById<Row extends { id: string }, T>(
  filtered: () => SelectQueryBuilder<any, any, any>,
  args: PageArgs,
  map: (row: Row) => T,
): Promise<Connection<T>> {
  return paginate<any, any, Row, T>({
    query: filtered().selectAll(),
    count: async () =>
      Number(
        (
          await filtered()
            .select((eb: any) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    keyColumn: 'id',
    keyOf: (row) => row.id,
    args,
    map,
  });
}

/**
 * Keyset pagination in (column, id) order — e.g. (region_code, id) to follow a region index, or
 * (effective_to, id) for "soonest first" — so equal column values page stably by id. `filtered`
 * carries every filter and the scope (rows whose column is null belong outside this order: filter
 * them out); `column`/`idColumn` may be qualified (`members.region_code`), the row carries them
 * under their bare names. A cursor of another shape is BAD_USER_INPUT on `after`.
 */
export async function paginateByColumnAndId<Row extends { id: string }, T>(
  filtered: () => SelectQueryBuilder<any, any, any>,
  keys: { column: string; idColumn?: string },
  args: PageArgs,
  map: (row: Row) => T,
): Promise<Connection<T>> {
  const limit = pageSize(args);
  const idColumn = keys.idColumn ?? 'id';
  const field = keys.column.slice(keys.column.lastIndexOf('.') + 1);
  let query = filtered().selectAll();
  if (args.after) {
    const [value, id] = decodeCursor(args.after);
    if (typeof value !== 'string' || typeof id !== 'string') throw badUserInput('after', 'Invalid cursor');
    query = query.where((eb: any) =>
      eb.or([eb(keys.column, '>', value), eb.and([eb(keys.column, '=', value), eb(idColumn, '>', id)])]),
    );
  }
  const rows: Row[] =
    limit === 0
      ? []
      : await query
          .orderBy(keys.column as any, 'asc')
          .orderBy(idColumn as any, 'asc')
          .limit(limit + 1)
          .execute();
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({
    cursor: encodeCursor([(row as any)[field], row.id]),
    node: map(row),
  }));
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
