import { testDialects } from '@union/kit';
import { seedLaborRelations } from '../src/lib';
import { today } from '../src/shared/dates';
import { CITY_ADMIN, expectCountersMatchRecount, PROVINCE } from './appeal-fixture';
import { ok, startHarness, type Harness } from './harness';
import { upstreamData } from './seed-fixture';

describe.each(testDialects())('seeded worker appeals on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect);
    await seedLaborRelations(h.db, { scale: 0.1, ...upstreamData(200) });
  });
  afterAll(() => h.close());

  it('has every state and channel, overdue, reopened, escalated-free and converted appeals, with counters equal to a recount', async () => {
    const rows = await h.db.selectFrom('worker_appeals').selectAll().execute();
    expect(new Set(rows.map((r) => r.status)).size).toBe(7);
    expect(new Set(rows.map((r) => r.channel)).size).toBe(6);
    const open = ['RECEIVED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS'];
    expect(rows.some((r) => open.includes(r.status) && r.due_on < today())).toBe(true);
    expect(rows.some((r) => Number(r.reopen_count) === 1)).toBe(true);
    expect(rows.some((r) => r.dispute_id !== null)).toBe(true);
    expect(rows.every((r) => r.member_id !== null || r.caller_phone_enc !== null)).toBe(true);
    await expectCountersMatchRecount(h);
  });

  it('reads back through the graph: masked callers, figures, trends and hotspots', async () => {
    const list = ok(
      await h.gql(
        PROVINCE,
        `{ appeals(first: 100, filter: { overdue: true }) { totalCount nodes { number isOverdue callerPhoneMasked member { id } timeline { kind } } } }`,
      ),
    ).appeals;
    expect(list.totalCount).toBeGreaterThan(0);
    expect(list.nodes.every((n: any) => n.isOverdue)).toBe(true);
    expect(list.nodes.some((n: any) => /^1\d{2}\*{4}\d{4}$/.test(n.callerPhoneMasked ?? ''))).toBe(true);
    const region = ok(
      await h.gql(
        CITY_ADMIN,
        `{ _entities(representations: [{ __typename: "Region", code: "4401" }]) { ... on Region {
        appealStats { receivedThisYear open overdue resolvedThisYear onTimeRate satisfactionRate averageDaysToResolve byChannel { value received } }
        appealTrends(months: 6) { month total byCategory { category count } }
        appealHotspots(first: 5) { employer { id } rightsComplaints lastReceivedOn } } } }`,
      ),
    )._entities[0];
    expect(region.appealStats.open).toBeGreaterThan(0);
    expect(region.appealStats.overdue).toBeGreaterThan(0);
    expect(region.appealTrends).toHaveLength(6);
    expect(region.appealTrends[5].month).toBe(today().slice(0, 7));
  });

  it('is idempotent', async () => {
    const again = await seedLaborRelations(h.db, { scale: 0.1, ...upstreamData(200) });
    expect(again.created).toBe(false);
    expect(again.counts.workerAppeals).toBeGreaterThan(40);
  });
});
