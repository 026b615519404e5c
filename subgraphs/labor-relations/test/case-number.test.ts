import { createTestDatabase, migrateToLatest, testDialects, type TestDatabase } from '@union/kit';
import { ensureCaseCounter, formatCaseNumber, nextCaseNumber } from '../src/dispute/case-number';
import { migrations, type Database } from '../src/lib';

describe.each(testDialects())('case numbers on %s', (dialect) => {
  let tdb: TestDatabase<Database>;
  beforeAll(async () => {
    tdb = await createTestDatabase<Database>(dialect, 'labor_case');
    await migrateToLatest(tdb.db, migrations);
  });
  afterAll(() => tdb.destroy());

  it('reads like a docket number', () => {
    expect(formatCaseNumber('4401', 2026, 123)).toBe('4401-2026-000123');
  });

  it('hands out 1..N exactly once to N concurrent writers, including the race to create the counter', async () => {
    const take = async () => {
      await ensureCaseCounter(tdb.db, '4406', 2031);
      return tdb.db.transaction().execute((trx) => nextCaseNumber(trx, '4406', 2031));
    };
    const numbers = await Promise.all(Array.from({ length: 40 }, take));
    expect(numbers.map((n) => Number(n.slice(-6))).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
  });

  it('gives back the number of a rolled-back writer, and keeps cities and years apart', async () => {
    await ensureCaseCounter(tdb.db, '4403', 2031);
    await expect(
      tdb.db.transaction().execute(async (trx) => {
        await nextCaseNumber(trx, '4403', 2031);
        throw new Error('the insert failed');
      }),
    ).rejects.toThrow('the insert failed');
    const next = await tdb.db.transaction().execute((trx) => nextCaseNumber(trx, '4403', 2031));
    expect(next).toBe('4403-2031-000001');
    await ensureCaseCounter(tdb.db, '4403', 2032);
    expect(await tdb.db.transaction().execute((trx) => nextCaseNumber(trx, '4403', 2032))).toBe(
      '4403-2032-000001',
    );
  });
});
