import { GraphQLError } from 'graphql';
import {
  createTestDatabase,
  decodeCursor,
  encodeCursor,
  MAX_PAGE_SIZE,
  pageSize,
  paginate,
  paginateByColumnAndId,
  scopePredicate,
  testDialects,
  type PageArgs,
  type TestDatabase,
} from '../src';

function expectBadInput(fn: () => unknown, field: string) {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(GraphQLError);
  expect((caught as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
}

describe('cursors', () => {
  it('round-trip their keyset values', () => {
    for (const values of [
      ['0192a0b0-0000-7000-8000-000000000001'],
      ['440106', 3],
      ['quote"and\\backslash'],
    ]) {
      const cursor = encodeCursor(values);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toEqual(values);
    }
  });

  it('refuse keyset values that are not ASCII (MariaDB would fail comparing them with ASCII key columns)', () => {
    for (const values of [['引号'], ['４４'], ['😀'], ['x'.repeat(65)]]) {
      expect(() => decodeCursor(encodeCursor(values))).toThrow('Invalid cursor');
    }
  });

  it.each([
    'garbage!!',
    '',
    Buffer.from('not json').toString('base64url'),
    encodeCursor([]),
    Buffer.from('{"id":"x"}').toString('base64url'),
    Buffer.from('[null]').toString('base64url'),
    Buffer.from('[{"a":1}]').toString('base64url'),
  ])('refuses %p as BAD_USER_INPUT on the after argument', (cursor) => {
    expectBadInput(() => decodeCursor(cursor), 'after');
  });
});

describe('pageSize', () => {
  it('defaults to 20 and accepts 0 and the cap', () => {
    expect(pageSize({})).toBe(20);
    expect(pageSize({ first: null })).toBe(20);
    expect(pageSize({ first: 0 })).toBe(0);
    expect(pageSize({ first: MAX_PAGE_SIZE })).toBe(100);
  });

  it.each([101, -1, 2.5, Number.NaN, Infinity])('refuses first = %p', (first) => {
    expectBadInput(() => pageSize({ first }), 'first');
  });
});

interface Db {
  items: { id: string; region_code: string; label: string };
}

// Keys deliberately inserted out of order; region 4402 rows are interleaved to prove the filter is kept.
const KEYS = ['k07', 'k03', 'k10', 'k01', 'k05', 'k09', 'k02', 'k08', 'k04', 'k06'];

describe.each(testDialects())('paginate on %s', (dialect) => {
  let t: TestDatabase<Db>;

  beforeAll(async () => {
    t = await createTestDatabase<Db>(dialect, 'page');
    await t.db.schema
      .createTable('items')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
      .addColumn('label', 'varchar(32)', (c) => c.notNull())
      .execute();
    const rows = KEYS.map((id) => ({ id, region_code: '4401', label: `item ${id}` }));
    const others = ['k015', 'k055', 'k095'].map((id) => ({ id, region_code: '4402', label: `other ${id}` }));
    await t.db
      .insertInto('items')
      .values([...rows, ...others])
      .execute();
  });
  afterAll(() => t.destroy());

  const inScope = scopePredicate({ kind: 'REGION', prefix: '4401' }, { region: 'region_code' });
  const page = (args: PageArgs) =>
    paginate({
      query: t.db.selectFrom('items').selectAll().where(inScope),
      count: async () =>
        Number(
          (
            await t.db
              .selectFrom('items')
              .select((eb) => eb.fn.countAll().as('n'))
              .where(inScope)
              .executeTakeFirstOrThrow()
          ).n,
        ),
      keyColumn: 'id',
      keyOf: (row) => row.id,
      args,
      map: (row) => row.label,
    });

  it('walks every in-scope row once, in key order, page by page', async () => {
    const seen: string[] = [];
    const shapes: [number, boolean, boolean][] = [];
    let after: string | null = null;
    for (;;) {
      const c = await page({ first: 4, after });
      seen.push(...c.nodes);
      shapes.push([c.edges.length, c.pageInfo.hasNextPage, c.pageInfo.hasPreviousPage]);
      expect(c.nodes).toEqual(c.edges.map((e) => e.node));
      expect(c.pageInfo.startCursor).toBe(c.edges[0]?.cursor ?? null);
      expect(c.pageInfo.endCursor).toBe(c.edges[c.edges.length - 1]?.cursor ?? null);
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toEqual([...KEYS].sort().map((k) => `item ${k}`));
    expect(shapes).toEqual([
      [4, true, false],
      [4, true, true],
      [2, false, true],
    ]);
  });

  it('encodes the row key in each edge cursor', async () => {
    const c = await page({ first: 2 });
    expect(c.edges.map((e) => decodeCursor(e.cursor))).toEqual([['k01'], ['k02']]);
  });

  it('has no next page when the page exactly reaches the end', async () => {
    const c = await page({ first: 10 });
    expect(c.nodes).toHaveLength(10);
    expect(c.pageInfo.hasNextPage).toBe(false);
    const last = await page({ first: 5, after: encodeCursor(['k05']) });
    expect(last.nodes).toEqual(['item k06', 'item k07', 'item k08', 'item k09', 'item k10']);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it('answers first: 0 without reading rows', async () => {
    t.queries.length = 0;
    const c = await page({ first: 0 });
    expect(c.edges).toEqual([]);
    expect(c.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
    expect(t.queries).toEqual([]);
  });

  it('runs the count only when totalCount is asked for, and only once', async () => {
    t.queries.length = 0;
    const c = await page({ first: 3 });
    expect(t.queries).toHaveLength(1);
    expect(t.queries[0]).not.toMatch(/count/i);
    await expect(c.totalCount()).resolves.toBe(10);
    await expect(c.totalCount()).resolves.toBe(10);
    expect(t.queries).toHaveLength(2);
    expect(t.queries[1]).toMatch(/count/i);
  });

  it('refuses a garbage cursor and an oversized page before touching the database', async () => {
    t.queries.length = 0;
    await expect(page({ after: 'nonsense' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
    await expect(page({ first: 101 })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
    expect(t.queries).toEqual([]);
  });
});

describe.each(testDialects())('paginateByColumnAndId on %s', (dialect) => {
  let t: TestDatabase<Db>;
  // Region codes out of id order, with ties, so the (region_code, id) order differs from id order.
  const ROWS = [
    ['k01', '440106'],
    ['k02', '440103'],
    ['k03', '440106'],
    ['k04', '440103'],
    ['k05', '440104'],
    ['k06', '440103'],
    ['k07', '440199'],
  ] as const;
  const ORDER = [...ROWS]
    .sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]))
    .map((r) => r[0]);

  beforeAll(async () => {
    t = await createTestDatabase<Db>(dialect, 'page2');
    await t.db.schema
      .createTable('items')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
      .addColumn('label', 'varchar(32)', (c) => c.notNull())
      .execute();
    await t.db
      .insertInto('items')
      .values([
        ...ROWS.map(([id, region_code]) => ({ id, region_code, label: id })),
        { id: 'k00', region_code: '4402', label: 'out' },
      ])
      .execute();
  });
  afterAll(() => t.destroy());

  const inScope = scopePredicate({ kind: 'REGION', prefix: '4401' }, { region: 'items.region_code' });
  const page = (args: PageArgs) =>
    paginateByColumnAndId<{ id: string; label: string }, string>(
      () => t.db.selectFrom('items').where(inScope),
      { column: 'items.region_code', idColumn: 'items.id' },
      args,
      (row) => row.label,
    );

  it('walks the scope in (column, id) order, ties broken by id, across page boundaries', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const c = await page({ first: 2, after });
      seen.push(...c.nodes);
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toEqual(ORDER);
    const first = await page({ first: 1 });
    expect(decodeCursor(first.pageInfo.endCursor!)).toEqual(['440103', 'k02']);
    await expect(first.totalCount()).resolves.toBe(ROWS.length);
  });

  it('refuses a cursor of another shape (e.g. an id-only cursor) as BAD_USER_INPUT on after', async () => {
    await expect(page({ after: encodeCursor(['k01']) })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
  });
});
