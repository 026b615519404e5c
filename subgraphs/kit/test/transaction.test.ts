import {
  createTestDatabase,
  inTransaction,
  isRetryableConflict,
  onTransactionRetry,
  testDialects,
  type TestDatabase,
} from '../src';

const conflict = (errno: number, code: string) => Object.assign(new Error(code), { errno, code });

describe('isRetryableConflict', () => {
  it.each([
    [conflict(1213, 'ER_LOCK_DEADLOCK')],
    [conflict(1205, 'ER_LOCK_WAIT_TIMEOUT')],
    [{ code: 'SQLITE_BUSY' }],
  ])('retries %p', (error) => expect(isRetryableConflict(error)).toBe(true));

  it.each([[conflict(1062, 'ER_DUP_ENTRY')], [new Error('boom')], [null], ['text']])(
    'does not retry %p',
    (error) => expect(isRetryableConflict(error)).toBe(false),
  );
});

describe.each(testDialects())('inTransaction on %s', (dialect) => {
  let t: TestDatabase<any>;
  beforeAll(async () => {
    t = await createTestDatabase<any>(dialect, 'trx');
    await t.db.schema
      .createTable('counters')
      .addColumn('id', 'varchar(8)', (c) => c.primaryKey())
      .addColumn('n', 'integer', (c) => c.notNull())
      .execute();
    await t.db
      .insertInto('counters')
      .values([
        { id: 'a', n: 0 },
        { id: 'b', n: 0 },
      ])
      .execute();
  });
  afterAll(() => t.destroy());

  const read = async (id: string) =>
    (await t.db.selectFrom('counters').select('n').where('id', '=', id).executeTakeFirstOrThrow()).n;
  const bump = (trx: any, id: string) =>
    trx
      .updateTable('counters')
      .set((eb: any) => ({ n: eb('n', '+', 1) }))
      .where('id', '=', id)
      .execute();

  it('runs the whole callback again after a conflict, and its first try left nothing behind', async () => {
    const before = await read('a');
    let tries = 0;
    const retries: number[] = [];
    const heard: [number, string][] = [];
    const stopHearing = onTransactionRetry((attempt, code) => heard.push([attempt, code]));
    const result = await inTransaction(
      t.db,
      async (trx) => {
        tries++;
        await bump(trx, 'a');
        if (tries < 3) throw conflict(1213, 'ER_LOCK_DEADLOCK');
        return 'done';
      },
      { baseDelayMs: 1, onRetry: (attempt) => retries.push(attempt) },
    );
    stopHearing();
    expect(result).toBe('done');
    expect(retries).toEqual([1, 2]);
    expect(heard).toEqual([
      [1, 'ER_LOCK_DEADLOCK'],
      [2, 'ER_LOCK_DEADLOCK'],
    ]);
    // Two rolled-back tries and one committed one: the counter moved once.
    expect(await read('a')).toBe(before + 1);
  });

  it('gives up after the bounded number of tries with the conflict itself', async () => {
    let tries = 0;
    await expect(
      inTransaction(
        t.db,
        async () => {
          tries++;
          throw conflict(1205, 'ER_LOCK_WAIT_TIMEOUT');
        },
        { attempts: 3, baseDelayMs: 1 },
      ),
    ).rejects.toMatchObject({ errno: 1205 });
    expect(tries).toBe(3);
  });

  it('never retries an error that is about the data', async () => {
    let tries = 0;
    await expect(
      inTransaction(t.db, async () => {
        tries++;
        throw conflict(1062, 'ER_DUP_ENTRY');
      }),
    ).rejects.toMatchObject({ errno: 1062 });
    expect(tries).toBe(1);
  });

  if (dialect === 'mysql') {
    it('comes through a real InnoDB deadlock: both crossing transactions commit exactly once', async () => {
      const [a, b] = [await read('a'), await read('b')];
      let arrived = 0;
      let release!: () => void;
      const bothHoldFirstLock = new Promise<void>((r) => (release = r));
      const meet = async () => {
        if (++arrived === 2) release();
        await bothHoldFirstLock;
      };
      const retries: string[] = [];
      const cross = (first: string, second: string) =>
        inTransaction(
          t.db,
          async (trx) => {
            await bump(trx, first);
            await meet();
            await bump(trx, second);
          },
          { onRetry: (_n, code) => retries.push(code) },
        );
      await Promise.all([cross('a', 'b'), cross('b', 'a')]);
      expect(retries).toContain('ER_LOCK_DEADLOCK');
      expect([await read('a'), await read('b')]).toEqual([a + 2, b + 2]);
    });
  }
});
