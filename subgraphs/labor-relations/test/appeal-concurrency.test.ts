import { testDialects } from '@union/kit';
import { today } from '../src/shared/dates';
import {
  A,
  buildAppealWorld,
  CITY_ADMIN,
  expectCountersMatchRecount,
  member,
  submit,
  type AppealWorld,
} from './appeal-fixture';
import { ok, startHarness, type Harness } from './harness';

describe.each(testDialects())('worker appeals under concurrent writes on %s', (dialect) => {
  let h: Harness;
  let w: AppealWorld;
  beforeAll(async () => {
    h = await startHarness(dialect);
    w = buildAppealWorld(h);
  });
  afterAll(() => h.close());

  it('16 concurrent submissions get unique, consecutive numbers per city and year; the counters stay equal to a recount', async () => {
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        submit(h, i % 2 ? member(w.factoryMembers[i % 4]!) : null, {
          summary: `并发诉求 ${i}`,
          ...(i % 2
            ? {}
            : {
                callerPhone: `1390000${String(i).padStart(4, '0')}`,
                regionCode: i % 4 ? '440106' : '440305',
              }),
        }),
      ),
    );
    const numbers = results.map((r) => ok(r).submitAppeal.number as string);
    expect(new Set(numbers).size).toBe(16);
    const year = today().slice(0, 4);
    for (const city of ['4401', '4403']) {
      const serials = numbers
        .filter((n) => n.startsWith(`${city}-SQ-${year}-`))
        .map((n) => Number(n.slice(-6)))
        .sort((a, b) => a - b);
      expect(serials).toEqual(serials.map((_, i) => i + 1));
    }
    await expectCountersMatchRecount(h);
  });

  it('concurrent moves of many appeals keep the counters equal to a recount; a concurrent second move of one appeal is CONFLICT', async () => {
    const ids = (
      await Promise.all(Array.from({ length: 12 }, () => submit(h, member(w.factoryMembers[0]!), {})))
    ).map((r) => ok(r).submitAppeal.appeal.id as string);
    await Promise.all(ids.map((id) => A.accept(h, CITY_ADMIN, id).then(ok)));
    await Promise.all(ids.map((id) => A.start(h, CITY_ADMIN, id).then(ok)));
    await expectCountersMatchRecount(h);
    const [a, b] = await Promise.all([A.resolve(h, CITY_ADMIN, ids[0]!), A.resolve(h, CITY_ADMIN, ids[0]!)]);
    const codes = [a, b].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes[1]).toBe('OK');
    expect(['CONFLICT', 'INVALID_STATE_TRANSITION']).toContain(codes[0]);
    await expectCountersMatchRecount(h);
  });
});
