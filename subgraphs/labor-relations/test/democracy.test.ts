import { testDialects } from '@union/kit';
import { addDays, today } from '../src/shared/dates';
import { buildWorld, PROVINCE_ADMIN, SHENZHEN_ADMIN, type World } from './fixture';
import { as, expectError, ok, startHarness, type Harness } from './harness';

const CONGRESS = `mutation($input: RecordWorkersCongressInput!) { recordWorkersCongress(input: $input) {
  congress { id session heldOn delegates resolutionsAdopted opennessItems organization { id } } } }`;
const ASSESS = `mutation($input: RecordRiskAssessmentInput!) { recordRiskAssessment(input: $input) {
  assessment { id period riskLevel findings followUp organization { id } } } }`;
const SUMMARY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization {
  laborRelations { riskLevel riskPeriod lastWorkersCongress { session heldOn } }
  workersCongresses { heldOn } riskAssessments { period }
} } }`;

describe.each(testDialects())('workers` congresses and risk screening on %s', (dialect) => {
  let h: Harness;
  let w: World;
  const t = today();
  beforeAll(async () => {
    h = await startHarness(dialect);
    w = buildWorld(h);
  });
  afterAll(() => h.close());

  const congress = (input: Record<string, unknown>, identity = PROVINCE_ADMIN) =>
    h.gql(identity, CONGRESS, {
      input: {
        organizationId: w.factory,
        session: '第三届第一次职工代表大会',
        heldOn: addDays(t, -200),
        delegates: 60,
        resolutionsAdopted: 4,
        opennessItems: ['工资调整方案', '安全生产情况'],
        ...input,
      },
    });
  const assess = (input: Record<string, unknown>, identity = PROVINCE_ADMIN) =>
    h.gql(identity, ASSESS, {
      input: {
        organizationId: w.factory,
        period: '2026-Q2',
        assessedOn: addDays(t, -30),
        findings: '加班时长偏长',
        riskLevel: 'MEDIUM',
        ...input,
      },
    });

  it('records sessions and screenings; the summary shows the last congress and the latest period`s risk', async () => {
    const first = ok(await congress({})).recordWorkersCongress.congress;
    expect(first).toMatchObject({
      delegates: 60,
      opennessItems: ['工资调整方案', '安全生产情况'],
      organization: { id: w.factory },
    });
    ok(await congress({ session: '第三届第二次职工代表大会', heldOn: addDays(t, -20) }));
    ok(await assess({ period: '2026-Q3', riskLevel: 'HIGH', followUp: '约谈企业' }));
    ok(await assess({ period: '2026-Q1', riskLevel: 'LOW' }));
    const data = ok(
      await h.gql(PROVINCE_ADMIN, SUMMARY, { reps: [{ __typename: 'Organization', id: w.factory }] }),
    );
    expect(data._entities[0]).toEqual({
      laborRelations: {
        riskLevel: 'HIGH',
        riskPeriod: '2026-Q3',
        lastWorkersCongress: { session: '第三届第二次职工代表大会', heldOn: addDays(t, -20) },
      },
      workersCongresses: [{ heldOn: addDays(t, -20) }, { heldOn: addDays(t, -200) }],
      riskAssessments: [{ period: '2026-Q3' }, { period: '2026-Q1' }],
    });
    const latest = ok(
      await h.gql(
        PROVINCE_ADMIN,
        `{ riskAssessments(filter: { latestOnly: true, riskLevel: HIGH }) { totalCount } }`,
      ),
    );
    expect(latest.riskAssessments.totalCount).toBe(1);
  });

  it('refuses a second screening of the same period, bad input and outsiders, and writes nothing', async () => {
    const count = async (table: 'workers_congresses' | 'risk_assessments') =>
      Number(
        (
          await h.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = [await count('workers_congresses'), await count('risk_assessments')];
    ok(await assess({ organizationId: w.shop, period: '2026-04' }, SHENZHEN_ADMIN));
    expectError(
      await assess({ organizationId: w.shop, period: '2026-04' }, SHENZHEN_ADMIN),
      'CONFLICT',
      'input.period',
    );
    expectError(await assess({ period: '2026-Q5' }), 'BAD_USER_INPUT', 'input.period');
    expectError(await assess({ assessedOn: addDays(t, 3) }), 'BAD_USER_INPUT', 'input.assessedOn');
    expectError(await assess({ period: '2025-Q4' }, SHENZHEN_ADMIN), 'FORBIDDEN');
    expectError(await congress({ delegates: 0 }), 'BAD_USER_INPUT', 'input.delegates');
    expectError(await congress({ opennessItems: [''] }), 'BAD_USER_INPUT', 'input.opennessItems.0');
    expectError(await congress({ heldOn: '2026-02-30' }), 'BAD_USER_INPUT');
    expectError(await congress({}, as('AUDITOR', { region: '44' })), 'FORBIDDEN');
    expect([await count('workers_congresses'), await count('risk_assessments')]).toEqual([
      before[0],
      before[1]! + 1,
    ]);
  });

  it('shows congresses to the organization`s members but risk screening to staff only', async () => {
    const member = as('MEMBER', { member: w.factoryMembers[0], org: w.factory });
    const data = ok(
      await h.gql(member, `{ workersCongresses { totalCount } riskAssessments { totalCount } }`),
    );
    expect(data.workersCongresses.totalCount).toBeGreaterThan(0);
    expect(data.riskAssessments.totalCount).toBe(0);
    const sz = ok(
      await h.gql(
        SHENZHEN_ADMIN,
        `{ workersCongresses { totalCount } riskAssessments { nodes { organization { id } } } }`,
      ),
    );
    expect(sz.workersCongresses.totalCount).toBe(0);
    expect(sz.riskAssessments.nodes).toEqual([{ organization: { id: w.shop } }]);
  });
});
