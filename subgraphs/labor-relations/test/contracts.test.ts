import { testDialects } from '@union/kit';
import { addDays, today } from '../src/shared/dates';
import {
  buildWorld,
  CONTRACT_FIELDS,
  createContract,
  GUANGZHOU_ADMIN,
  PROVINCE_ADMIN,
  type World,
} from './fixture';
import { as, expectError, ok, startHarness, type Harness } from './harness';

const mutation = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { contract { ${CONTRACT_FIELDS} } } }`;
const START = mutation('startContractNegotiation', 'ContractMoveInput');
const SIGN = mutation('signCollectiveContract', 'SignCollectiveContractInput');
const FILE = mutation('fileCollectiveContract', 'FileCollectiveContractInput');
const TERMINATE = mutation('terminateCollectiveContract', 'TerminateCollectiveContractInput');
const ROUND = `mutation($input: RecordNegotiationRoundInput!) { recordNegotiationRound(input: $input) { round { roundNumber } contract { status } } }`;
const LIST = `query($filter: CollectiveContractFilter) { collectiveContracts(filter: $filter, first: 100) { totalCount nodes { id status } } }`;

describe.each(testDialects())('collective contracts on %s', (dialect) => {
  let h: Harness;
  let w: World;
  const t = today();
  beforeAll(async () => {
    h = await startHarness(dialect);
    w = buildWorld(h);
  });
  afterAll(() => h.close());
  afterEach(() => h.setNow(null));

  const sign = (id: string, from: string, to: string, extra: Record<string, unknown> = {}) =>
    h.gql(PROVINCE_ADMIN, SIGN, {
      input: {
        id,
        signedOn: addDays(t, -10),
        effectiveFrom: from,
        effectiveTo: to,
        coveredEmployees: 420,
        ...extra,
      },
    });

  it('moves DRAFT → NEGOTIATING → SIGNED → FILED → TERMINATED, move by move', async () => {
    const draft = await createContract(h, { organizationId: w.factory, kind: 'GENERAL', title: '集体合同' });
    expect(draft).toMatchObject({
      status: 'DRAFT',
      version: 1,
      coverage: 'ENTERPRISE',
      organization: { id: w.factory },
      allowedTransitions: ['NEGOTIATING', 'TERMINATED'],
    });
    expect(draft.employer.id).toBe(h.facts.orgs.get(w.factory)!.employerId);

    // Rounds only while negotiating.
    expectError(
      await h.gql(PROVINCE_ADMIN, ROUND, { input: { contractId: draft.id, heldOn: t, summary: '首轮' } }),
      'CONFLICT',
    );
    const negotiating = ok(
      await h.gql(PROVINCE_ADMIN, START, { input: { id: draft.id, expectedVersion: 1 } }),
    ).startContractNegotiation.contract;
    expect(negotiating).toMatchObject({ status: 'NEGOTIATING', version: 2 });
    for (const summary of ['交换议题', '工资协商']) {
      ok(
        await h.gql(PROVINCE_ADMIN, ROUND, {
          input: { contractId: draft.id, heldOn: addDays(t, -20), summary },
        }),
      );
    }
    const signed = ok(await sign(draft.id, addDays(t, -5), addDays(t, 360))).signCollectiveContract.contract;
    expect(signed).toMatchObject({ status: 'SIGNED', version: 3, daysUntilExpiry: 360 });
    expect(signed.negotiationRounds.map((r: any) => r.roundNumber)).toEqual([1, 2]);
    const filed = ok(await h.gql(PROVINCE_ADMIN, FILE, { input: { id: draft.id, filedOn: t } }))
      .fileCollectiveContract.contract;
    expect(filed).toMatchObject({ status: 'FILED', allowedTransitions: ['TERMINATED'] });
    const ended = ok(await h.gql(PROVINCE_ADMIN, TERMINATE, { input: { id: draft.id, reason: '企业关停' } }))
      .terminateCollectiveContract.contract;
    expect(ended).toMatchObject({ status: 'TERMINATED', allowedTransitions: [] });
  });

  it('refuses every move the table does not allow, naming both states, and changes nothing', async () => {
    const c = await createContract(h, {
      organizationId: w.factory,
      kind: 'SAFETY_SPECIAL',
      title: '安全专项',
    });
    const illegal = await sign(c.id, addDays(t, -5), addDays(t, 300));
    const error = expectError(illegal, 'INVALID_STATE_TRANSITION');
    expect(error.extensions).toMatchObject({ currentState: 'DRAFT', requestedState: 'SIGNED' });
    expectError(
      await h.gql(PROVINCE_ADMIN, FILE, { input: { id: c.id, filedOn: t } }),
      'INVALID_STATE_TRANSITION',
    );
    ok(await h.gql(PROVINCE_ADMIN, TERMINATE, { input: { id: c.id, reason: '放弃' } }));
    const again = expectError(
      await h.gql(PROVINCE_ADMIN, START, { input: { id: c.id } }),
      'INVALID_STATE_TRANSITION',
    );
    expect(again.extensions).toMatchObject({ currentState: 'TERMINATED', requestedState: 'NEGOTIATING' });
    const row = await h.db
      .selectFrom('collective_contracts')
      .selectAll()
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'TERMINATED', signed_on: null, filed_on: null });
  });

  it('expires by date alone: reads and filters as EXPIRED once effectiveTo has passed, then refuses to move', async () => {
    const c = await createContract(h, { organizationId: w.factory, kind: 'WAGE_SPECIAL', title: '工资专项' });
    ok(await h.gql(PROVINCE_ADMIN, START, { input: { id: c.id } }));
    ok(await sign(c.id, addDays(t, -30), addDays(t, 10), { wageIncreaseBasisPoints: 450 }));
    const read = `query($id: ID!) { collectiveContract(id: $id) { status daysUntilExpiry } }`;
    expect(ok(await h.gql(PROVINCE_ADMIN, read, { id: c.id })).collectiveContract).toEqual({
      status: 'SIGNED',
      daysUntilExpiry: 10,
    });
    const expiring = ok(await h.gql(PROVINCE_ADMIN, LIST, { filter: { expiringWithinDays: 30 } }));
    expect(expiring.collectiveContracts.nodes.map((n: any) => n.id)).toContain(c.id);

    h.setNow(new Date(Date.now() + 11 * 86_400_000));
    expect(ok(await h.gql(PROVINCE_ADMIN, read, { id: c.id })).collectiveContract).toEqual({
      status: 'EXPIRED',
      daysUntilExpiry: null,
    });
    const expired = ok(await h.gql(PROVINCE_ADMIN, LIST, { filter: { status: 'EXPIRED' } }));
    expect(expired.collectiveContracts.nodes).toEqual([{ id: c.id, status: 'EXPIRED' }]);
    expect(expired.collectiveContracts.totalCount).toBe(1);
    const signedNow = ok(await h.gql(PROVINCE_ADMIN, LIST, { filter: { status: 'SIGNED' } }));
    expect(signedNow.collectiveContracts.nodes.map((n: any) => n.id)).not.toContain(c.id);
    const error = expectError(
      await h.gql(PROVINCE_ADMIN, FILE, { input: { id: c.id, filedOn: t } }),
      'INVALID_STATE_TRANSITION',
    );
    expect(error.extensions).toMatchObject({ currentState: 'EXPIRED', requestedState: 'FILED' });
    // The stored row was never touched: expiry is derived, no job wrote it.
    const row = await h.db
      .selectFrom('collective_contracts')
      .select('status')
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('SIGNED');
  });

  it('lists contracts expiring within N days for a region, and by organization', async () => {
    const soon = await createContract(h, { organizationId: w.shop, kind: 'GENERAL', title: '深圳集体合同' });
    ok(await h.gql(PROVINCE_ADMIN, START, { input: { id: soon.id } }));
    ok(await sign(soon.id, addDays(t, -700), addDays(t, 20)));
    const gz = ok(
      await h.gql(PROVINCE_ADMIN, LIST, { filter: { regionPrefix: '4401', expiringWithinDays: 30 } }),
    );
    expect(gz.collectiveContracts.nodes.map((n: any) => n.id)).not.toContain(soon.id);
    const sz = ok(
      await h.gql(PROVINCE_ADMIN, LIST, { filter: { regionPrefix: '4403', expiringWithinDays: 30 } }),
    );
    expect(sz.collectiveContracts.nodes).toEqual([{ id: soon.id, status: 'SIGNED' }]);
    const narrow = ok(
      await h.gql(PROVINCE_ADMIN, LIST, { filter: { regionPrefix: '4403', expiringWithinDays: 19 } }),
    );
    expect(narrow.collectiveContracts.nodes).toEqual([]);
    const byOrg = ok(await h.gql(PROVINCE_ADMIN, LIST, { filter: { organizationId: w.shop } }));
    expect(byOrg.collectiveContracts.totalCount).toBe(1);
    expectError(
      await h.gql(PROVINCE_ADMIN, LIST, { filter: { expiringWithinDays: -1 } }),
      'BAD_USER_INPUT',
      'filter.expiringWithinDays',
    );
  });

  it('pages the soonest-ending contracts first with orderBy: EXPIRY', async () => {
    const org = h.facts.addOrg('440115');
    for (const days of [5, 2, 9]) {
      const c = await createContract(h, { organizationId: org, kind: 'GENERAL', title: `合同${days}` });
      ok(await h.gql(PROVINCE_ADMIN, START, { input: { id: c.id } }));
      ok(await sign(c.id, addDays(t, -300), addDays(t, days)));
    }
    await createContract(h, { organizationId: org, kind: 'GENERAL', title: '草案' });
    const q = `query($after: String) { collectiveContracts(orderBy: EXPIRY, first: 2, after: $after,
      filter: { organizationId: "${org}" }) { totalCount pageInfo { hasNextPage endCursor } nodes { daysUntilExpiry } } }`;
    const first = ok(await h.gql(PROVINCE_ADMIN, q)).collectiveContracts;
    expect(first.nodes).toEqual([{ daysUntilExpiry: 2 }, { daysUntilExpiry: 5 }]);
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok(
      await h.gql(PROVINCE_ADMIN, q, { after: first.pageInfo.endCursor }),
    ).collectiveContracts;
    expect(second.nodes).toEqual([{ daysUntilExpiry: 9 }]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const created = ok(
      await h.gql(PROVINCE_ADMIN, `{ collectiveContracts(first: 1) { pageInfo { endCursor } } }`),
    );
    expectError(
      await h.gql(PROVINCE_ADMIN, q, { after: created.collectiveContracts.pageInfo.endCursor }),
      'BAD_USER_INPUT',
      'after',
    );
  });

  it('takes regional contracts signed by a federation, covering many employers', async () => {
    const regional = await createContract(h, {
      organizationId: w.cityFederation,
      kind: 'GENERAL',
      coverage: 'REGIONAL',
      coveredOrganizations: 35,
      title: '天河区餐饮行业区域性集体合同',
    });
    expect(regional).toMatchObject({ coverage: 'REGIONAL', employer: null });
    const bad = await h.gql(
      PROVINCE_ADMIN,
      `mutation($input: CreateCollectiveContractInput!) { createCollectiveContract(input: $input) { contract { id } } }`,
      { input: { organizationId: w.cityFederation, kind: 'GENERAL', title: '企业合同' } },
    );
    expectError(bad, 'BAD_USER_INPUT', 'input.coverage');
    const industry = await h.gql(
      PROVINCE_ADMIN,
      `mutation($input: CreateCollectiveContractInput!) { createCollectiveContract(input: $input) { contract { id } } }`,
      { input: { organizationId: w.factory, kind: 'GENERAL', coverage: 'INDUSTRY', title: '行业合同' } },
    );
    expectError(industry, 'BAD_USER_INPUT', 'input.organizationId');
  });

  it('answers bad input with the field and writes nothing', async () => {
    const before = await h.db
      .selectFrom('collective_contracts')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const create = `mutation($input: CreateCollectiveContractInput!) { createCollectiveContract(input: $input) { contract { id } } }`;
    expectError(
      await h.gql(PROVINCE_ADMIN, create, {
        input: { organizationId: w.factory, kind: 'GENERAL', title: '  ' },
      }),
      'BAD_USER_INPUT',
      'input.title',
    );
    expectError(
      await h.gql(PROVINCE_ADMIN, create, { input: { organizationId: 'nope', kind: 'GENERAL', title: 'x' } }),
      'NOT_FOUND',
      'input.organizationId',
    );
    expectError(
      await h.gql(PROVINCE_ADMIN, create, {
        input: { organizationId: w.factory, kind: 'GENERAL', title: 'x', wageIncreaseBasisPoints: 20000 },
      }),
      'BAD_USER_INPUT',
      'input.wageIncreaseBasisPoints',
    );
    const after = await h.db
      .selectFrom('collective_contracts')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));

    const c = await createContract(h, { organizationId: w.factory, kind: 'WAGE_SPECIAL', title: '工资' });
    ok(await h.gql(PROVINCE_ADMIN, START, { input: { id: c.id } }));
    expectError(
      await sign(c.id, addDays(t, 10), addDays(t, 5), { wageIncreaseBasisPoints: 300 }),
      'BAD_USER_INPUT',
      'input.effectiveTo',
    );
    expectError(
      await sign(c.id, t, addDays(t, 4 * 365), { wageIncreaseBasisPoints: 300 }),
      'BAD_USER_INPUT',
      'input.effectiveTo',
    );
    expectError(await sign(c.id, t, addDays(t, 300)), 'BAD_USER_INPUT', 'input.wageIncreaseBasisPoints');
    expectError(await sign(c.id, 'not-a-date', addDays(t, 300)), 'BAD_USER_INPUT');
    expectError(
      await h.gql(PROVINCE_ADMIN, START, { input: { id: c.id, expectedVersion: 1 } }),
      'INVALID_STATE_TRANSITION',
    );
    const row = await h.db
      .selectFrom('collective_contracts')
      .selectAll()
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'NEGOTIATING', version: 2, effective_to: null });
  });

  it('refuses writes outside the jurisdiction and stale versions', async () => {
    const c = await createContract(
      h,
      { organizationId: w.factory, kind: 'GENERAL', title: '合同' },
      GUANGZHOU_ADMIN,
    );
    expectError(
      await h.gql(as('FEDERATION_ADMIN', { region: '4403' }), START, { input: { id: c.id } }),
      'FORBIDDEN',
    );
    expectError(await h.gql(as('AUDITOR', { region: '44' }), START, { input: { id: c.id } }), 'FORBIDDEN');
    expectError(await h.gql(as('ORG_ADMIN', { org: w.shop }), START, { input: { id: c.id } }), 'FORBIDDEN');
    ok(await h.gql(as('ORG_ADMIN', { org: w.factory }), START, { input: { id: c.id, expectedVersion: 1 } }));
    expectError(
      await h.gql(PROVINCE_ADMIN, TERMINATE, { input: { id: c.id, reason: 'x', expectedVersion: 1 } }),
      'CONFLICT',
      'input.expectedVersion',
    );
  });
});
