import { countRows, testDialects } from '@union/kit';
import {
  buildWorld,
  factoryAdmin,
  GUANGZHOU_ADMIN,
  memberToken,
  SHENZHEN_ADMIN,
  type World,
} from './fixture';
import { addMember, expectError, expectOk, startHarness, type Harness } from './harness';

const OPEN = `mutation($input: OpenHardshipCaseInput!) { openHardshipCase(input: $input) {
  hardshipCase { id status level reasons householdSize monthlyIncomePerHeadCents organization { id } region { code } } } }`;
const RELIEVE = `mutation($input: RelieveHardshipCaseInput!) { relieveHardshipCase(input: $input) { hardshipCase { status relievedOn } } }`;
const CLOSE = `mutation($input: CloseHardshipCaseInput!) { closeHardshipCase(input: $input) { hardshipCase { status closeReason } } }`;
const UPDATE = `mutation($input: UpdateHardshipCaseInput!) { updateHardshipCase(input: $input) { hardshipCase { level version } } }`;
const GRANT = `mutation($input: GrantAssistanceInput!) { grantAssistance(input: $input) {
  replayed grant { id amountCents kind grantedOn grantingOrganization { id } } } }`;
const TOTALS = `query($year: Int!, $org: ID, $member: ID, $region: String) {
  assistanceTotals(year: $year, organizationId: $org, memberId: $member, regionPrefix: $region) {
    year totalCents grants byKind { kind totalCents grants } } }`;

describe.each(testDialects())('hardship cases and assistance on %s', (dialect) => {
  let h: Harness;
  let w: World;
  beforeAll(async () => {
    h = await startHarness(dialect);
    w = buildWorld(h);
  });
  afterAll(() => h.close());

  const newMember = () =>
    addMember(h, { orgId: w.factory, regionCode: '440106', isMigrantWorker: true, gender: 'MALE', age: 40 });
  const caseInput = (memberId: string, extra: Record<string, unknown> = {}) => ({
    memberId,
    level: 'DEEP',
    reasons: ['ILLNESS', 'CHILDREN_EDUCATION'],
    householdSize: 4,
    monthlyIncomePerHeadCents: 65000,
    openedOn: '2026-01-10',
    ...extra,
  });
  const open = async (memberId: string) =>
    expectOk(await h.gql(factoryAdmin(w), OPEN, { input: caseInput(memberId) })).openHardshipCase.hardshipCase
      .id;

  it('opens a case with the member organization and region copied, one open case per member', async () => {
    const member = newMember();
    const data = expectOk(await h.gql(factoryAdmin(w), OPEN, { input: caseInput(member) }));
    expect(data.openHardshipCase.hardshipCase).toMatchObject({
      status: 'OPEN',
      level: 'DEEP',
      reasons: ['ILLNESS', 'CHILDREN_EDUCATION'],
      organization: { id: w.factory },
      region: { code: '440106' },
    });
    expectError(
      await h.gql(factoryAdmin(w), OPEN, { input: caseInput(member) }),
      'CONFLICT',
      'input.memberId',
    );
  });

  it('lets only one of many concurrent openings for a member succeed', async () => {
    const member = newMember();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => h.gql(factoryAdmin(w), OPEN, { input: caseInput(member) })),
    );
    expect(results.filter((r) => r.data?.openHardshipCase)).toHaveLength(1);
    const rows = await h.db
      .selectFrom('hardship_cases')
      .select('id')
      .where('member_id', '=', member)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('moves OPEN → RELIEVED or OPEN → CLOSED once, then a new case may open', async () => {
    const member = newMember();
    const first = await open(member);
    expect(
      expectOk(await h.gql(factoryAdmin(w), RELIEVE, { input: { id: first, relievedOn: '2026-06-01' } }))
        .relieveHardshipCase.hardshipCase,
    ).toEqual({ status: 'RELIEVED', relievedOn: '2026-06-01' });
    for (const [q, input] of [
      [RELIEVE, { id: first }],
      [CLOSE, { id: first, reason: '重复' }],
    ] as const) {
      const error = expectError(await h.gql(factoryAdmin(w), q, { input }), 'INVALID_STATE_TRANSITION');
      expect(error.extensions!.currentState).toBe('RELIEVED');
    }
    expectError(
      await h.gql(factoryAdmin(w), UPDATE, { input: { id: first, expectedVersion: 2, level: 'GENERAL' } }),
      'CONFLICT',
    );
    const second = await open(member);
    expectError(
      await h.gql(factoryAdmin(w), RELIEVE, { input: { id: second, relievedOn: '2025-01-01' } }),
      'BAD_USER_INPUT',
      'input.relievedOn',
    );
    expect(
      expectOk(
        await h.gql(factoryAdmin(w), UPDATE, { input: { id: second, expectedVersion: 1, level: 'GENERAL' } }),
      ).updateHardshipCase.hardshipCase,
    ).toEqual({ level: 'GENERAL', version: 2 });
    expect(
      expectOk(await h.gql(factoryAdmin(w), CLOSE, { input: { id: second, reason: '调离本单位' } }))
        .closeHardshipCase.hardshipCase,
    ).toEqual({ status: 'CLOSED', closeReason: '调离本单位' });
  });

  it('refuses bad input and staff outside the member, writing nothing', async () => {
    const before = await countRows(h.db, 'hardship_cases');
    const member = newMember();
    const cases: [Record<string, unknown>, string][] = [
      [{ reasons: [] }, 'input.reasons'],
      [{ householdSize: 0 }, 'input.householdSize'],
      [{ monthlyIncomePerHeadCents: -1 }, 'input.monthlyIncomePerHeadCents'],
    ];
    for (const [extra, field] of cases)
      expectError(
        await h.gql(factoryAdmin(w), OPEN, { input: caseInput(member, extra) }),
        'BAD_USER_INPUT',
        field,
      );
    // The kit Date scalar refuses an impossible date during variable coercion (message names the field).
    const badDate = expectError(
      await h.gql(factoryAdmin(w), OPEN, { input: caseInput(member, { openedOn: '2026-02-30' }) }),
      'BAD_USER_INPUT',
    );
    expect(badDate.message).toContain('input.openedOn');
    expectError(await h.gql(SHENZHEN_ADMIN, OPEN, { input: caseInput(member) }), 'FORBIDDEN');
    expectError(await h.gql(memberToken(member), OPEN, { input: caseInput(member) }), 'FORBIDDEN');
    expect(await countRows(h.db, 'hardship_cases')).toBe(before);
  });

  it('never pays a retried grant twice, even when 10 retries race', async () => {
    const caseId = await open(newMember());
    const input = {
      caseId,
      amountCents: 200000,
      kind: 'CASH',
      grantedOn: '2026-02-01',
      idempotencyKey: 'spring-2026-0001',
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => h.gql(factoryAdmin(w), GRANT, { input })),
    );
    const grants = results.map((r) => expectOk(r).grantAssistance);
    expect(new Set(grants.map((g) => g.grant.id)).size).toBe(1);
    expect(grants.filter((g) => !g.replayed)).toHaveLength(1);
    expect(grants[0].grant).toMatchObject({ amountCents: 200000, grantingOrganization: { id: w.factory } });
    const rows = await h.db
      .selectFrom('assistance_grants')
      .select('id')
      .where('case_id', '=', caseId)
      .execute();
    expect(rows).toHaveLength(1);
    expectError(
      await h.gql(factoryAdmin(w), GRANT, { input: { ...input, amountCents: 1 } }),
      'CONFLICT',
      'input.idempotencyKey',
    );
  });

  it('refuses grants on closed cases, outside the jurisdiction, or with bad input', async () => {
    const caseId = await open(newMember());
    const good = { caseId, amountCents: 5000, kind: 'GOODS', idempotencyKey: 'goods-key-0001' };
    const before = await countRows(h.db, 'assistance_grants');
    expectError(
      await h.gql(factoryAdmin(w), GRANT, { input: { ...good, amountCents: 0 } }),
      'BAD_USER_INPUT',
      'input.amountCents',
    );
    expectError(
      await h.gql(factoryAdmin(w), GRANT, { input: { ...good, idempotencyKey: 'x' } }),
      'BAD_USER_INPUT',
      'input.idempotencyKey',
    );
    expectError(
      await h.gql(GUANGZHOU_ADMIN, GRANT, { input: good }),
      'BAD_USER_INPUT',
      'input.grantingOrganizationId',
    );
    expectError(
      await h.gql(GUANGZHOU_ADMIN, GRANT, { input: { ...good, grantingOrganizationId: w.shop } }),
      'FORBIDDEN',
    );
    expectError(
      await h.gql(SHENZHEN_ADMIN, GRANT, { input: { ...good, grantingOrganizationId: w.shop } }),
      'FORBIDDEN',
    );
    await h.gql(factoryAdmin(w), CLOSE, { input: { id: caseId, reason: '不再困难' } });
    expectError(await h.gql(factoryAdmin(w), GRANT, { input: good }), 'CONFLICT', 'input.caseId');
    expect(await countRows(h.db, 'assistance_grants')).toBe(before);
  });

  it('sums yearly totals per member, organization and region in the database', async () => {
    const member = newMember();
    const caseId = await open(member);
    const pay = (
      amountCents: number,
      kind: string,
      grantedOn: string,
      key: string,
      who = factoryAdmin(w),
      extra = {},
    ) =>
      h.gql(who, GRANT, { input: { caseId, amountCents, kind, grantedOn, idempotencyKey: key, ...extra } });
    expectOk(await pay(100000, 'CASH', '2025-12-30', 'totals-2025-a'));
    expectOk(
      await pay(30000, 'MEDICAL', '2025-06-01', 'totals-2025-b', GUANGZHOU_ADMIN, {
        grantingOrganizationId: w.guangzhou,
      }),
    );
    expectOk(await pay(50000, 'CASH', '2024-01-01', 'totals-2024-a'));
    const forMember = expectOk(await h.gql(GUANGZHOU_ADMIN, TOTALS, { year: 2025, member })).assistanceTotals;
    expect(forMember).toEqual({
      year: 2025,
      totalCents: 130000,
      grants: 2,
      byKind: [
        { kind: 'CASH', totalCents: 100000, grants: 1 },
        { kind: 'MEDICAL', totalCents: 30000, grants: 1 },
      ],
    });
    const org = expectOk(
      await h.gql(factoryAdmin(w), TOTALS, { year: 2024, org: w.factory }),
    ).assistanceTotals;
    expect(org.totalCents).toBe(50000);
    const region = expectOk(
      await h.gql(GUANGZHOU_ADMIN, TOTALS, { year: 2024, region: '440106' }),
    ).assistanceTotals;
    expect(region.totalCents).toBe(50000);
    // Outside the jurisdiction nothing is summed; another member sees nothing.
    expect(expectOk(await h.gql(SHENZHEN_ADMIN, TOTALS, { year: 2025 })).assistanceTotals.totalCents).toBe(0);
    expect(
      expectOk(await h.gql(memberToken(w.alice), TOTALS, { year: 2025, member })).assistanceTotals.grants,
    ).toBe(0);
    expect(
      expectOk(await h.gql(memberToken(member), TOTALS, { year: 2025 })).assistanceTotals.totalCents,
    ).toBe(130000);
  });
});
