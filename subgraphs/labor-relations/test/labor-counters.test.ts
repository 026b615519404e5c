import { createTestDatabase, migrateDown, migrateToLatest, testDialects } from '@union/kit';
import { migrations, seedLaborRelations, type Database } from '../src/lib';
import { laborStatsForRegions } from '../src/region/labor-stats.repository';
import { addDays, today } from '../src/shared/dates';
import { recountLaborCounters, recountOrgCells, storedLaborCounters } from '../src/stats/labor-counters';
import { storedOrgCells } from '../src/stats/labor-org-counters';
import { buildWorld, createContract, MOVE, PROVINCE_ADMIN, reportDispute, type World } from './fixture';
import { ok, startHarness, type Harness } from './harness';
import { upstreamData } from './seed-fixture';
import { A, buildAppealWorld, member, PROVINCE, submit } from './appeal-fixture';

const move = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { contract { id status } } }`;
const START = move('startContractNegotiation', 'ContractMoveInput');
const SIGN = move('signCollectiveContract', 'SignCollectiveContractInput');
const FILE = move('fileCollectiveContract', 'FileCollectiveContractInput');
const TERMINATE = move('terminateCollectiveContract', 'TerminateCollectiveContractInput');
const ASSESS = `mutation($input: RecordRiskAssessmentInput!) { recordRiskAssessment(input: $input) { assessment { id } } }`;
const STATS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Region { laborStats {
  organizationsWithValidContract organizationsCoveredByRegionalContracts employeesCovered contractsExpiringWithin30Days
  openDisputes openDisputesByCategory { category count } openCollectiveDisputes disputesReportedThisYear
  collectiveDisputesThisYear amountClaimedThisYearCents amountRecoveredThisYearCents organizationsAtHighRisk
} } } }`;
const CODES = ['44', '4401', '440106', '4403', '440305'];
const SUMMARY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization { laborRelations {
  hasValidContract contractExpiresOn contractsInForce openDisputes openCollectiveDisputes riskLevel riskPeriod
} } } }`;

describe.each(testDialects())('labor counters on %s', (dialect) => {
  let h: Harness;
  let w: World;
  const t = today();
  beforeAll(async () => {
    h = await startHarness(dialect);
    w = buildWorld(h);
  });
  afterAll(() => h.close());
  afterEach(() => h.setNow(null));

  async function expectCountersMatchRows(): Promise<void> {
    const stored = Object.fromEntries(await storedLaborCounters(h.db));
    expect(stored).toEqual(Object.fromEntries(await recountLaborCounters(h.db)));
    const cells = Object.fromEntries(await storedOrgCells(h.db));
    expect(cells).toEqual(Object.fromEntries(await recountOrgCells(h.db)));
  }

  /** Organization.laborRelations as the rows say on `asOf` (the live queries the counters replaced). */
  async function summaryFromRows(orgId: string, asOf: string) {
    const contracts = (
      await h.db.selectFrom('collective_contracts').selectAll().where('org_id', '=', orgId).execute()
    ).filter(
      (c) => ['SIGNED', 'FILED'].includes(c.status) && c.effective_from! <= asOf && asOf <= c.effective_to!,
    );
    const general = contracts
      .filter((c) => c.kind === 'GENERAL')
      .map((c) => c.effective_to!)
      .sort();
    const open = (
      await h.db.selectFrom('labor_disputes').selectAll().where('org_id', '=', orgId).execute()
    ).filter((d) => d.status !== 'CLOSED');
    const risks = await h.db
      .selectFrom('risk_assessments')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('period', 'desc')
      .execute();
    return {
      hasValidContract: general.length > 0,
      contractExpiresOn: general.pop() ?? null,
      contractsInForce: contracts.length,
      openDisputes: open.length,
      openCollectiveDisputes: open.filter((d) => Number(d.is_collective) === 1).length,
      riskLevel: risks[0]?.risk_level ?? null,
      riskPeriod: risks[0]?.period ?? null,
    };
  }

  async function contract(org: string, from: string, to: string, extra: Record<string, unknown> = {}) {
    const { coveredEmployees, wageIncreaseBasisPoints, ...create } = extra;
    const c = await createContract(h, { organizationId: org, kind: 'GENERAL', title: '集体合同', ...create });
    await expectCountersMatchRows();
    ok(await h.gql(PROVINCE_ADMIN, START, { input: { id: c.id } }));
    ok(
      await h.gql(PROVINCE_ADMIN, SIGN, {
        input: {
          id: c.id,
          signedOn: addDays(t, -120),
          effectiveFrom: from,
          effectiveTo: to,
          coveredEmployees: coveredEmployees ?? 300,
          ...(wageIncreaseBasisPoints ? { wageIncreaseBasisPoints } : {}),
        },
      }),
    );
    await expectCountersMatchRows();
    return c.id as string;
  }

  it('keeps every counter equal to a recount after each kind of write', async () => {
    const a = await contract(w.factory, addDays(t, -100), addDays(t, 20));
    ok(await h.gql(PROVINCE_ADMIN, FILE, { input: { id: a, filedOn: addDays(t, -90) } }));
    await expectCountersMatchRows();
    // Overlapping GENERAL terms of one organization: the organization counts once per day.
    await contract(w.factory, addDays(t, 10), addDays(t, 400), { coveredEmployees: 320 });
    await contract(w.factory, addDays(t, -50), addDays(t, 5), { coveredEmployees: 280 });
    // A short wage agreement that has not started yet, and a regional contract of the city.
    await contract(w.shop, addDays(t, 5), addDays(t, 25), {
      kind: 'WAGE_SPECIAL',
      wageIncreaseBasisPoints: 350,
    });
    await contract(w.cityFederation, addDays(t, -10), addDays(t, 300), {
      coverage: 'REGIONAL',
      coveredOrganizations: 30,
    });
    const ended = await contract(w.shop, addDays(t, -30), addDays(t, 200));
    ok(await h.gql(PROVINCE_ADMIN, TERMINATE, { input: { id: ended, reason: '企业关停' } }));
    await expectCountersMatchRows();

    const big = await reportDispute(h, {
      organizationId: w.factory,
      headcount: 12,
      category: 'WAGE_ARREARS',
    });
    await reportDispute(h, { organizationId: w.shop, category: 'DISMISSAL', amountClaimedCents: 50_000 });
    await reportDispute(h, {
      organizationId: w.shop,
      category: 'OTHER',
      reportedOn: `${Number(t.slice(0, 4)) - 1}-06-01`,
    });
    await expectCountersMatchRows();
    ok(await h.gql(PROVINCE_ADMIN, MOVE, { input: { id: big.id, to: 'MEDIATING' } }));
    await expectCountersMatchRows();
    ok(
      await h.gql(PROVINCE_ADMIN, MOVE, {
        input: { id: big.id, to: 'MEDIATED', amountRecoveredCents: 800_000 },
      }),
    );
    ok(await h.gql(PROVINCE_ADMIN, MOVE, { input: { id: big.id, to: 'CLOSED' } }));
    await expectCountersMatchRows();

    const assess = (org: string, period: string, riskLevel: string) =>
      h.gql(PROVINCE_ADMIN, ASSESS, {
        input: { organizationId: org, period, assessedOn: addDays(t, -5), findings: '排查', riskLevel },
      });
    ok(await assess(w.factory, '2025-Q4', 'HIGH'));
    ok(await assess(w.shop, '2025-Q4', 'HIGH'));
    await expectCountersMatchRows();
    ok(await assess(w.factory, '2026-Q1', 'LOW'));
    ok(await assess(w.shop, '2025-Q3', 'LOW'));
    await expectCountersMatchRows();
  });

  it('answers the figures of any day from the buckets, as the rows would say, without a job', async () => {
    const reps = CODES.map((code) => ({ __typename: 'Region', code }));
    for (const day of [-101, -1, 0, 4, 5, 6, 15, 20, 21, 26, 100, 301, 401]) {
      const asOf = addDays(t, day);
      h.setNow(new Date(`${asOf}T04:00:00Z`));
      h.queries.length = 0;
      const data = ok(await h.gql(PROVINCE_ADMIN, STATS, { reps }));
      // Every figure of five regions: one statement over the counters, none over the rows.
      expect(h.queries).toHaveLength(1);
      expect(h.queries[0]).toContain('labor_counters');
      const live = await laborStatsForRegions(h.db, CODES, asOf);
      CODES.forEach((code, i) => {
        const { openDisputesByCategory, ...expected } = live.get(code)!;
        const got = data._entities[i].laborStats;
        expect({ day, code, ...got }).toMatchObject({ day, code, ...expected });
        expect(got.openDisputesByCategory).toEqual(openDisputesByCategory);
      });
      const orgs = [w.factory, w.shop, w.cityFederation];
      const summaries = ok(
        await h.gql(PROVINCE_ADMIN, SUMMARY, {
          reps: orgs.map((id) => ({ __typename: 'Organization', id })),
        }),
      )._entities;
      for (const [i, id] of orgs.entries())
        expect({ day, ...summaries[i].laborRelations }).toEqual({
          day,
          ...(await summaryFromRows(id, asOf)),
        });
    }
    h.setNow(null);
    const now = ok(await h.gql(PROVINCE_ADMIN, STATS, { reps: [reps[0]] }))._entities[0].laborStats;
    expect(now.organizationsWithValidContract).toBe(2);
    expect(now.contractsExpiringWithin30Days).toBe(2);
  });

  it('reads only the metrics a query selects', async () => {
    h.queries.length = 0;
    ok(
      await h.gql(
        PROVINCE_ADMIN,
        `{ _entities(representations: [{ __typename: "Region", code: "44" }]) { ... on Region { laborStats { openDisputes } } } }`,
      ),
    );
    expect(h.queries).toHaveLength(1);
    expect(h.queries[0]).not.toContain('collective_contracts');
  });
});

describe.each(testDialects())('labor migrations 0004 and 0005 on %s', (dialect) => {
  it('backfills the counters from existing rows, and rolls back', async () => {
    const tdb = await createTestDatabase<Database>(dialect, 'labor_cnt');
    try {
      await migrateToLatest(tdb.db, migrations);
      await seedLaborRelations(tdb.db, { scale: 0.1, ...upstreamData(120) });
      const seeded = Object.fromEntries(await storedLaborCounters(tdb.db));
      const seededCells = Object.fromEntries(await storedOrgCells(tdb.db));
      expect(seededCells).toEqual(Object.fromEntries(await recountOrgCells(tdb.db)));
      expect(seeded).toEqual(Object.fromEntries(await recountLaborCounters(tdb.db)));
      expect(Object.keys(seeded).length).toBeGreaterThan(100);
      await migrateDown(tdb.db, migrations);
      await migrateDown(tdb.db, migrations);
      await migrateToLatest(tdb.db, migrations);
      expect(Object.fromEntries(await storedLaborCounters(tdb.db))).toEqual(seeded);
      expect(Object.fromEntries(await storedOrgCells(tdb.db))).toEqual(seededCells);
    } finally {
      await tdb.destroy();
    }
  });
});

describe.each(testDialects())('labor counters of appeals turned into disputes on %s', (dialect) => {
  it('counts the dispute a worker appeal becomes', async () => {
    const h = await startHarness(dialect);
    try {
      const w = buildAppealWorld(h);
      const a = ok(await submit(h, member(w.factoryMembers[0]!), {})).submitAppeal.appeal;
      await A.accept(h, PROVINCE, a.id);
      await A.start(h, PROVINCE, a.id);
      ok(
        await h.gql(
          PROVINCE,
          `mutation($input: ConvertAppealToDisputeInput!) { convertAppealToDispute(input: $input) { appeal { id } } }`,
          { input: { id: a.id, headcount: 3, amountClaimedCents: 900000 } },
        ),
      );
      const stored = await storedLaborCounters(h.db);
      expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(await recountLaborCounters(h.db)));
      expect(stored.get(`44|D_YEAR|${today().slice(0, 4)}|`)).toBe(1);
    } finally {
      await h.close();
    }
  });
});
