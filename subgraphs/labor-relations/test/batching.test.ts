import { testDialects } from '@union/kit';
import { seedLaborRelations } from '../src/lib';
import { effectiveContractStatus } from '../src/contract/contract-status';
import { addDays, startOfYear, today } from '../src/shared/dates';
import { PROVINCE_ADMIN } from './fixture';
import { ok, startHarness, type Harness } from './harness';
import { upstreamData } from './seed-fixture';

const ORG_FIELDS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization {
  id
  laborRelations { hasValidContract contractExpiresOn contractsInForce openDisputes riskLevel lastWorkersCongress { heldOn } }
  collectiveContracts(first: 5) { id status negotiationRounds { roundNumber } }
  disputes(open: true, first: 5) { caseNumber claimants { id } timeline { kind toStatus } }
  workersCongresses(first: 2) { heldOn opennessItems }
  riskAssessments(first: 2) { period riskLevel }
} } }`;

const STATS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Region { code laborStats {
  organizationsWithValidContract employeesCovered contractsExpiringWithin30Days openDisputes
  openDisputesByCategory { category count } openCollectiveDisputes disputesReportedThisYear
  amountClaimedThisYearCents amountRecoveredThisYearCents organizationsAtHighRisk
} } } }`;

describe.each(testDialects())('batching and figures on %s', (dialect) => {
  let h: Harness;
  const upstream = upstreamData(200);
  beforeAll(async () => {
    h = await startHarness(dialect);
    await seedLaborRelations(h.db, { scale: 0.1, ...upstream });
  });
  afterAll(() => h.close());

  async function statementsFor(query: string, variables: Record<string, unknown>) {
    h.queries.length = 0;
    const data = ok(await h.gql(PROVINCE_ADMIN, query, variables));
    return { data, statements: h.queries.length };
  }

  it('reads any number of organizations with every nested field in a constant number of statements', async () => {
    const reps = (n: number) =>
      upstream.grassroots.slice(0, n).map((g) => ({ __typename: 'Organization', id: g.id }));
    const few = await statementsFor(ORG_FIELDS, { reps: reps(40) });
    const many = await statementsFor(ORG_FIELDS, { reps: reps(200) });
    expect(many.data._entities).toHaveLength(200);
    expect(
      many.data._entities.some((o: any) => o.disputes.length > 0 && o.disputes[0].timeline.length > 0),
    ).toBe(true);
    expect(
      many.data._entities.some((o: any) =>
        o.collectiveContracts.some((c: any) => c.negotiationRounds.length > 0),
      ),
    ).toBe(true);
    // Summary: 4 figures + 1 region look-up for organizations without figures; then contracts, rounds,
    // disputes, claimants, timeline, congresses, assessments: one statement each.
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(12);
  });

  it('reads the disputes of any number of members in a constant number of statements', async () => {
    const q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Member { id disputes(first: 3) { caseNumber claimants { id } timeline { kind } } } } }`;
    const reps = (n: number) => upstream.members.slice(0, n).map((m) => ({ __typename: 'Member', id: m.id }));
    const few = await statementsFor(q, { reps: reps(10) });
    const many = await statementsFor(q, { reps: reps(400) });
    expect(many.data._entities.some((m: any) => m.disputes.length > 0)).toBe(true);
    expect(few.statements).toBeLessThanOrEqual(3);
    expect(many.statements).toBe(3);
  });

  it('pages disputes with nested fields in a constant number of statements', async () => {
    const q = `query($first: Int) { laborDisputes(first: $first) { nodes { caseNumber claimants { id } timeline { kind } region { code } } } }`;
    const few = await statementsFor(q, { first: 2 });
    const many = await statementsFor(q, { first: 50 });
    expect(many.data.laborDisputes.nodes.length).toBeGreaterThan(10);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBe(3);
  });

  it('counts region figures in one statement over the counters whatever the regions, matching a recount of the rows', async () => {
    const codes = ['44', '4401', '440106', '4403', '440305001'];
    const { data, statements } = await statementsFor(STATS, {
      reps: codes.map((code) => ({ __typename: 'Region', code })),
    });
    expect(statements).toBe(1);

    const t = today();
    const contracts = await h.db.selectFrom('collective_contracts').selectAll().execute();
    const disputes = await h.db.selectFrom('labor_disputes').selectAll().execute();
    const risks = await h.db.selectFrom('risk_assessments').selectAll().execute();
    codes.forEach((code, i) => {
      const inForce = contracts.filter(
        (c) =>
          c.region_code.startsWith(code) &&
          ['SIGNED', 'FILED'].includes(effectiveContractStatus(c.status, c.effective_to, t)) &&
          c.effective_from! <= t,
      );
      const general = inForce.filter((c) => c.kind === 'GENERAL');
      const open = disputes.filter((d) => d.region_code.startsWith(code) && d.status !== 'CLOSED');
      const year = disputes.filter((d) => d.region_code.startsWith(code) && d.reported_on >= startOfYear(t));
      const latest = new Map<string, (typeof risks)[number]>();
      for (const r of risks)
        if (!latest.has(r.org_id) || latest.get(r.org_id)!.period < r.period) latest.set(r.org_id, r);
      const byCategory = new Map<string, number>();
      for (const d of open) byCategory.set(d.category, (byCategory.get(d.category) ?? 0) + 1);
      expect(data._entities[i].laborStats).toEqual({
        organizationsWithValidContract: new Set(general.map((c) => c.org_id)).size,
        employeesCovered: general.reduce((n, c) => n + Number(c.covered_employees), 0),
        contractsExpiringWithin30Days: inForce.filter((c) => c.effective_to! <= addDays(t, 30)).length,
        openDisputes: open.length,
        openDisputesByCategory: [...byCategory]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([category, count]) => ({ category, count })),
        openCollectiveDisputes: open.filter((d) => Number(d.is_collective) === 1).length,
        disputesReportedThisYear: year.length,
        amountClaimedThisYearCents: year.reduce((n, d) => n + Number(d.amount_claimed_cents), 0),
        amountRecoveredThisYearCents: year.reduce((n, d) => n + Number(d.amount_recovered_cents), 0),
        organizationsAtHighRisk: [...latest.values()].filter(
          (r) => r.region_code.startsWith(code) && r.risk_level === 'HIGH',
        ).length,
      });
    });
    expect(data._entities[0].laborStats.openDisputes).toBeGreaterThan(0);
    expect(data._entities[0].laborStats.contractsExpiringWithin30Days).toBeGreaterThan(0);
  });

  it('agrees with the summary: an organization has a valid contract exactly when a GENERAL one is in force', async () => {
    const t = today();
    const reps = upstream.grassroots.slice(0, 60).map((g) => ({ __typename: 'Organization', id: g.id }));
    const { data } = await statementsFor(ORG_FIELDS, { reps });
    const contracts = await h.db
      .selectFrom('collective_contracts')
      .selectAll()
      .where('kind', '=', 'GENERAL')
      .execute();
    for (const org of data._entities) {
      const valid = contracts.filter(
        (c) =>
          c.org_id === org.id &&
          ['SIGNED', 'FILED'].includes(effectiveContractStatus(c.status, c.effective_to, t)) &&
          c.effective_from! <= t,
      );
      expect(org.laborRelations.hasValidContract).toBe(valid.length > 0);
      if (valid.length > 0)
        expect(org.laborRelations.contractExpiresOn).toBe(
          valid
            .map((c) => c.effective_to)
            .sort()
            .pop(),
        );
    }
  });
});
