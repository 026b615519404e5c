import { createTestDatabase, migrateDown, migrateToLatest, newId, testDialects } from '@union/kit';
import { migrations } from '../src/lib';
import { rebuildServiceCounters } from '../src/stats/service-counters.rebuild';
import { recountServiceCounters, storedServiceCounters } from '../src/stats/service-counters';
import {
  buildWorld,
  factoryAdmin,
  MOVE,
  memberToken,
  openProgram,
  PROVINCE_ADMIN,
  REQUEST,
  type World,
} from './fixture';
import { addMember, expectOk, startHarness, type Harness } from './harness';

const CHECK_IN = `mutation($input: CheckInParticipantsInput!) { checkInParticipants(input: $input) { recorded } }`;
const RATE = `mutation($input: RateServiceRequestInput!) { rateServiceRequest(input: $input) { request { rating } } }`;
const OPEN_CASE = `mutation($input: OpenHardshipCaseInput!) { openHardshipCase(input: $input) { hardshipCase { id version } } }`;
const UPDATE_CASE = `mutation($input: UpdateHardshipCaseInput!) { updateHardshipCase(input: $input) { hardshipCase { level } } }`;
const RELIEVE = `mutation($input: RelieveHardshipCaseInput!) { relieveHardshipCase(input: $input) { hardshipCase { status } } }`;
const CLOSE = `mutation($input: CloseHardshipCaseInput!) { closeHardshipCase(input: $input) { hardshipCase { status } } }`;
const GRANT = `mutation($input: GrantAssistanceInput!) { grantAssistance(input: $input) { replayed } }`;
const STATS = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Region { serviceStats { membersServed membersServedByCategory { category members }
    requestsByStatus { status count } averageRating ratings openHardshipCases
    openHardshipCasesByLevel { level count } assistanceYear assistancePaidThisYearCents } }
  ... on Organization { serviceStats { membersServed requestsByStatus { status count } openHardshipCases } } } }`;

const year = new Date().getUTCFullYear();
const today = new Date().toISOString().slice(0, 10);

describe.each(testDialects())('service counters on %s', (dialect) => {
  let h: Harness;
  let w: World;
  let legal: string;
  let culture: string;
  beforeAll(async () => {
    h = await startHarness(dialect);
    w = buildWorld(h);
    legal = await openProgram(h, { category: 'LEGAL_AID', mode: 'UNIVERSAL' }, factoryAdmin(w));
    culture = await openProgram(h, { category: 'CULTURE_SPORTS_HEALTH', mode: 'UNIVERSAL' }, factoryAdmin(w));
  });
  afterAll(() => h.close());

  /** The stored counters equal a recount from the rows, and the SQL rebuild gives the same table. */
  async function expectCountersMatchRows(): Promise<void> {
    const recount = await recountServiceCounters(h.db);
    const stored = await storedServiceCounters(h.db);
    expect(Object.fromEntries(stored.counters)).toEqual(Object.fromEntries(recount.counters));
    expect(Object.fromEntries(stored.facts)).toEqual(Object.fromEntries(recount.facts));
    await rebuildServiceCounters(h.db);
    const rebuilt = await storedServiceCounters(h.db);
    expect(Object.fromEntries(rebuilt.counters)).toEqual(Object.fromEntries(recount.counters));
    expect(Object.fromEntries(rebuilt.facts)).toEqual(Object.fromEntries(recount.facts));
  }

  const move = async (id: string, to: string) =>
    expectOk(
      await h.gql(factoryAdmin(w), MOVE, {
        input: { id, to, ...(to === 'REJECTED' ? { reason: '不符合条件' } : {}) },
      }),
    );
  const ask = async (memberId: string, programId: string) =>
    expectOk(await h.gql(memberToken(memberId), REQUEST, { input: { programId } })).requestService.request.id;

  it('keeps every counter equal to a recount after each kind of write', async () => {
    // Check-ins: the same member twice, in two categories and two years, and a second list.
    for (const [programId, activityOn, memberIds] of [
      [legal, `${year}-03-01`, [w.alice, w.bob]],
      [legal, `${year}-03-08`, [w.alice]],
      [culture, `${year - 1}-11-02`, [w.alice, w.carol]],
    ] as const) {
      expectOk(await h.gql(PROVINCE_ADMIN, CHECK_IN, { input: { programId, activityOn, memberIds } }));
      await expectCountersMatchRows();
    }
    // Requests: submitted, moved along, completed (a participation), rated, rejected, cancelled.
    const done = await ask(w.bob, culture);
    await expectCountersMatchRows();
    for (const to of ['ACCEPTED', 'IN_PROGRESS', 'COMPLETED']) await move(done, to);
    await expectCountersMatchRows();
    expectOk(await h.gql(memberToken(w.bob), RATE, { input: { id: done, rating: 4 } }));
    await expectCountersMatchRows();
    await move(await ask(w.alice, culture), 'REJECTED');
    const dave = addMember(h, {
      orgId: w.factory,
      regionCode: '440106',
      isMigrantWorker: false,
      gender: 'MALE',
      age: 50,
    });
    await move(await ask(dave, legal), 'CANCELLED');
    await expectCountersMatchRows();
    // Hardship: opened, level changed, granted twice (one replay), relieved, and another closed.
    const opened = expectOk(
      await h.gql(factoryAdmin(w), OPEN_CASE, {
        input: {
          memberId: w.alice,
          level: 'GENERAL',
          reasons: ['ILLNESS'],
          householdSize: 3,
          monthlyIncomePerHeadCents: 80000,
        },
      }),
    ).openHardshipCase.hardshipCase;
    await expectCountersMatchRows();
    expectOk(
      await h.gql(factoryAdmin(w), UPDATE_CASE, {
        input: { id: opened.id, level: 'DEEP', expectedVersion: opened.version },
      }),
    );
    await expectCountersMatchRows();
    const grant = {
      caseId: opened.id,
      amountCents: 120000,
      kind: 'CASH',
      idempotencyKey: `grant-${newId()}`,
      grantedOn: today,
    };
    expectOk(await h.gql(factoryAdmin(w), GRANT, { input: grant }));
    expect(expectOk(await h.gql(factoryAdmin(w), GRANT, { input: grant })).grantAssistance.replayed).toBe(
      true,
    );
    await expectCountersMatchRows();
    expectOk(await h.gql(factoryAdmin(w), RELIEVE, { input: { id: opened.id } }));
    const other = expectOk(
      await h.gql(factoryAdmin(w), OPEN_CASE, {
        input: {
          memberId: w.bob,
          level: 'GENERAL',
          reasons: ['ILLNESS'],
          householdSize: 2,
          monthlyIncomePerHeadCents: 50000,
        },
      }),
    ).openHardshipCase.hardshipCase;
    expectOk(await h.gql(factoryAdmin(w), CLOSE, { input: { id: other.id, reason: '已迁出本市' } }));
    await expectCountersMatchRows();

    // The figures read from the counters: distinct members counted once, per category, by year.
    h.queries.length = 0;
    const reps = [
      { __typename: 'Region', code: '44' },
      { __typename: 'Region', code: '4401' },
      { __typename: 'Organization', id: w.factory },
    ];
    const stats = expectOk(await h.gql(PROVINCE_ADMIN, STATS, { reps }))._entities;
    expect(stats[0].serviceStats).toEqual({
      membersServed: 3,
      membersServedByCategory: [
        { category: 'CULTURE_SPORTS_HEALTH', members: 3 },
        { category: 'LEGAL_AID', members: 2 },
      ],
      requestsByStatus: [
        { status: 'CANCELLED', count: 1 },
        { status: 'COMPLETED', count: 1 },
        { status: 'REJECTED', count: 1 },
      ],
      averageRating: 4,
      ratings: 1,
      openHardshipCases: 0,
      openHardshipCasesByLevel: [],
      assistanceYear: year,
      assistancePaidThisYearCents: 120000,
    });
    expect(stats[1].serviceStats.membersServed).toBe(2);
    expect(stats[2].serviceStats).toEqual({
      membersServed: 2,
      requestsByStatus: [
        { status: 'CANCELLED', count: 1 },
        { status: 'COMPLETED', count: 1 },
        { status: 'REJECTED', count: 1 },
      ],
      openHardshipCases: 0,
    });
    // All figures of three holders: one statement over the counters' primary key.
    expect(h.queries.filter((q) => q.includes('service_counters'))).toHaveLength(1);
    h.queries.length = 0;
    expectOk(
      await h.gql(
        PROVINCE_ADMIN,
        `{ _entities(representations: [{ __typename: "Region", code: "44" }]) { ... on Region { serviceStats { openHardshipCases } } } }`,
      ),
    );
    expect(h.queries).toHaveLength(1);
    expect(h.queries[0]).not.toContain('participations');
  });

  it('counts check-ins sent at once exactly once', async () => {
    const eve = addMember(h, {
      orgId: w.shop,
      regionCode: '440305',
      isMigrantWorker: true,
      gender: 'FEMALE',
      age: 33,
    });
    const input = { programId: legal, activityOn: `${year}-07-01`, memberIds: [eve, w.carol] };
    const results = await Promise.all(
      Array.from({ length: 4 }, () => h.gql(PROVINCE_ADMIN, CHECK_IN, { input })),
    );
    expect(results.map((r) => expectOk(r).checkInParticipants.recorded).reduce((a, b) => a + b, 0)).toBe(2);
    await expectCountersMatchRows();
  });
});

describe.each(testDialects())('migration 0002 on %s', (dialect) => {
  it('backfills the counters from existing rows, and rolls back', async () => {
    const tdb = await createTestDatabase<any>(dialect, 'services_cnt');
    try {
      const { '0002_create_service_counters': _latest, ...before } = migrations;
      await migrateToLatest(tdb.db, before);
      const row = (member: string, activityOn: string, category: string) => ({
        id: newId(),
        member_id: member,
        org_id: 'org-1',
        region_code: '440106001',
        program_id: 'p',
        category,
        activity_key: `k-${newId()}`,
        activity_on: activityOn,
        source: 'CHECK_IN',
        request_id: null,
        recorded_by: 't',
        created_at: '2026-01-01 00:00:00.000',
      });
      await tdb.db
        .insertInto('participations')
        .values([
          row('m1', '2025-05-01', 'LEGAL_AID'),
          row('m1', '2026-05-01', 'LEGAL_AID'),
          row('m2', '2026-02-01', 'CULTURE_SPORTS_HEALTH'),
        ])
        .execute();
      await tdb.db
        .insertInto('hardship_cases')
        .values({
          id: newId(),
          member_id: 'm1',
          org_id: 'org-1',
          region_code: '440106001',
          level: 'DEEP',
          reasons: 'ILLNESS',
          household_size: 2,
          income_per_head_cents: 1,
          status: 'OPEN',
          open_marker: 1,
          opened_on: '2026-01-01',
          relieved_on: null,
          closed_on: null,
          close_reason: null,
          note: null,
          version: 1,
          created_at: '2026-01-01 00:00:00.000',
          updated_at: '2026-01-01 00:00:00.000',
        })
        .execute();
      await migrateToLatest(tdb.db, migrations);
      const recount = await recountServiceCounters(tdb.db);
      const stored = await storedServiceCounters(tdb.db);
      expect(Object.fromEntries(stored.counters)).toEqual(Object.fromEntries(recount.counters));
      expect(Object.fromEntries(stored.facts)).toEqual(Object.fromEntries(recount.facts));
      expect(stored.counters.get('44|SERVED|*|')).toBe(2);
      expect(stored.counters.get('440106|SERVED|LEGAL_AID|2026')).toBe(1);
      expect(stored.counters.get('org-1|HARDSHIP|DEEP|')).toBe(1);
      await migrateDown(tdb.db, migrations);
      await migrateToLatest(tdb.db, migrations);
    } finally {
      await tdb.destroy();
    }
  });
});
