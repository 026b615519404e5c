import { randomBytes } from 'node:crypto';
import { dropMysqlDatabase, inTransaction } from '@union/kit';
import { eventually, NODE_URLS, openOn } from './cluster';

/*
 * What a multi-primary cluster does to two transactions that write one row on two nodes, and what
 * the kit's inTransaction makes of it (docs/architecture.md §9).
 */
describe('a write conflict across two Galera nodes', () => {
  const database = `cluster_conflict_${randomBytes(4).toString('hex')}`;
  let one: Awaited<ReturnType<typeof openOn>>;
  let two: Awaited<ReturnType<typeof openOn>>;

  beforeAll(async () => {
    one = await openOn(NODE_URLS[0]!, database);
    await one.schema
      .createTable('counters')
      .addColumn('id', 'varchar(8)', (c) => c.primaryKey())
      .addColumn('n', 'integer', (c) => c.notNull())
      .execute();
    await one.insertInto('counters').values({ id: 'a', n: 0 }).execute();
    two = await openOn(NODE_URLS[1]!, database);
  });
  afterAll(async () => {
    await one?.destroy();
    await two?.destroy();
    await dropMysqlDatabase({ dialect: 'mysql', uri: NODE_URLS[0]!, database });
  });

  const read = async () =>
    Number((await one.selectFrom('counters').select('n').where('id', '=', 'a').executeTakeFirstOrThrow()).n);
  /** Node1 has applied every commit (node2's reach it a moment after they return). */
  const settlesAt = async (n: number) => {
    await eventually(async () => (await read()) >= n);
    expect(await read()).toBe(n);
  };
  const bump = (trx: any) =>
    trx
      .updateTable('counters')
      .set((eb: any) => ({ n: eb('n', '+', 1) }))
      .where('id', '=', 'a')
      .execute();

  /** Both transactions have done their update (each on its own node) before either commits. */
  function rendezvous() {
    let arrived = 0;
    let release!: () => void;
    const all = new Promise<void>((r) => (release = r));
    return async () => {
      if (++arrived === 2) release();
      await all;
    };
  }

  it('lets both updates succeed locally and fails the loser at COMMIT with ER_LOCK_DEADLOCK', async () => {
    const before = await read();
    const meet = rendezvous();
    const reachedCommit: string[] = [];
    const attempt = (db: typeof one, name: string) =>
      db.transaction().execute(async (trx) => {
        await bump(trx);
        await meet();
        reachedCommit.push(name);
      });
    const results = await Promise.allSettled([attempt(one, 'node1'), attempt(two, 'node2')]);
    // Neither update blocked: the row lock of one node means nothing to the other.
    expect(reachedCommit.sort()).toEqual(['node1', 'node2']);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.reason).toMatchObject({ errno: 1213, code: 'ER_LOCK_DEADLOCK' });
    await settlesAt(before + 1);
  });

  it('comes through with inTransaction: the loser runs again and both increments count', async () => {
    const before = await read();
    const meet = rendezvous();
    const retries: string[] = [];
    let tries = 0;
    const attempt = (db: typeof one) =>
      inTransaction(
        db,
        async (trx) => {
          tries++;
          await bump(trx);
          if (tries <= 2) await meet();
        },
        { onRetry: (_n, code) => retries.push(code) },
      );
    await Promise.all([attempt(one), attempt(two)]);
    expect(retries).toEqual(['ER_LOCK_DEADLOCK']);
    expect(tries).toBe(3);
    await settlesAt(before + 2);
  });
});
