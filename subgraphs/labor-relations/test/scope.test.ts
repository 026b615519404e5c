import { newId, testDialects } from '@union/kit';
import { addDays, today } from '../src/shared/dates';
import {
  buildWorld,
  createContract,
  GUANGZHOU_ADMIN,
  PROVINCE_ADMIN,
  reportDispute,
  SHENZHEN_ADMIN,
  type World,
} from './fixture';
import { as, expectError, ok, startHarness, type Harness } from './harness';

const ASSESS = `mutation($input: RecordRiskAssessmentInput!) { recordRiskAssessment(input: $input) { assessment { id } } }`;
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on LaborDispute { id caseNumber }
  ... on CollectiveContract { id title }
  ... on Organization { id laborRelations { hasValidContract openDisputes } }
  ... on Member { id disputes { id } }
} }`;

describe.each(testDialects())('scope on %s', (dialect) => {
  let h: Harness;
  let w: World;
  let gzDispute: string;
  let szDispute: string;
  let contract: string;
  beforeAll(async () => {
    h = await startHarness(dialect);
    w = buildWorld(h);
    gzDispute = (
      await reportDispute(h, {
        organizationId: w.factory,
        claimantMemberIds: w.factoryMembers.slice(0, 2),
        headcount: 2,
      })
    ).id;
    await reportDispute(h, { organizationId: w.factory, claimantMemberIds: [w.factoryMembers[5]] });
    szDispute = (await reportDispute(h, { organizationId: w.shop, claimantMemberIds: [w.shopMembers[0]] }))
      .id;
    contract = (await createContract(h, { organizationId: w.factory, kind: 'GENERAL', title: '天河合同' }))
      .id;
    await createContract(h, { organizationId: w.shop, kind: 'GENERAL', title: '南山合同' });
  });
  afterAll(() => h.close());

  const list = `{ laborDisputes(first: 100) { totalCount nodes { id } } collectiveContracts(first: 100) { nodes { id } } }`;

  it('lists only rows inside a region prefix, which a filter cannot widen', async () => {
    const sz = ok(await h.gql(SHENZHEN_ADMIN, list));
    expect(sz.laborDisputes.nodes).toEqual([{ id: szDispute }]);
    expect(sz.laborDisputes.totalCount).toBe(1);
    expect(sz.collectiveContracts.nodes).toHaveLength(1);
    const widened = ok(
      await h.gql(
        SHENZHEN_ADMIN,
        `{ laborDisputes(filter: { regionPrefix: "4401" }) { nodes { id } } collectiveContracts(filter: { regionPrefix: "44" }) { nodes { id } } }`,
      ),
    );
    expect(widened.laborDisputes.nodes).toEqual([]);
    expect(widened.collectiveContracts.nodes).toHaveLength(1);
  });

  it('answers FORBIDDEN for single items outside scope, through root fields and _entities alike', async () => {
    const one = await h.gql(
      SHENZHEN_ADMIN,
      `query($id: ID!) { laborDispute(id: $id) { id } collectiveContract(id: "${contract}") { id } }`,
      { id: gzDispute },
    );
    expect(one.data).toEqual({ laborDispute: null, collectiveContract: null });
    expect(one.errors?.filter((e) => e.extensions?.code === 'FORBIDDEN')).toHaveLength(2);
    const entities = await h.gql(SHENZHEN_ADMIN, ENTITIES, {
      reps: [
        { __typename: 'LaborDispute', id: gzDispute },
        { __typename: 'LaborDispute', id: szDispute },
        { __typename: 'CollectiveContract', id: contract },
      ],
    });
    expect(entities.data!._entities[0]).toBeNull();
    expect(entities.data!._entities[1].id).toBe(szDispute);
    expect(entities.data!._entities[2]).toBeNull();
    expect(entities.errors?.map((e) => e.path).sort((a, b) => Number(a![1]) - Number(b![1]))).toEqual([
      ['_entities', 0],
      ['_entities', 2],
    ]);
    const missing = await h.gql(
      SHENZHEN_ADMIN,
      `{ laborDispute(id: "01900000-0000-7000-8000-000000000000") { id } }`,
    );
    expect(missing).toMatchObject({ data: { laborDispute: null } });
    expect(missing.errors).toBeUndefined();
  });

  it('lets a MEMBER see only the disputes naming it, and its own organization`s contracts', async () => {
    const member = as('MEMBER', { member: w.factoryMembers[0], org: w.factory });
    const mine = ok(await h.gql(member, list));
    expect(mine.laborDisputes.nodes).toEqual([{ id: gzDispute }]);
    expect(mine.collectiveContracts.nodes).toEqual([{ id: contract }]);
    const own = ok(
      await h.gql(member, `{ laborDispute(id: "${gzDispute}") { claimants { id } headcount } }`),
    );
    // Co-claimants are other people: the member sees itself among the claimants, and the headcount.
    expect(own.laborDispute).toEqual({ claimants: [{ id: w.factoryMembers[0] }], headcount: 2 });
    const other = await h.gql(member, `{ laborDispute(id: "${szDispute}") { id } }`);
    expectError(other, 'FORBIDDEN');
    const viaEntities = ok(
      await h.gql(member, ENTITIES, {
        reps: [
          { __typename: 'Member', id: w.factoryMembers[0] },
          { __typename: 'Member', id: w.factoryMembers[5] },
          { __typename: 'Organization', id: w.factory },
        ],
      }),
    );
    expect(viaEntities._entities[0].disputes).toEqual([{ id: gzDispute }]);
    // Another member's disputes stay hidden from a member, even through its Member entity.
    expect(viaEntities._entities[1].disputes).toEqual([]);
    expect(viaEntities._entities[2].laborRelations).toEqual({ hasValidContract: false, openDisputes: 2 });
    const otherOrg = await h.gql(member, ENTITIES, { reps: [{ __typename: 'Organization', id: w.shop }] });
    expectError(otherOrg, 'FORBIDDEN');
    // The organization comes from the register: a token naming another union, or a member the
    // register does not know, gains nothing from its `org` claim.
    const claimsShop = as('MEMBER', { member: w.factoryMembers[0], org: w.shop });
    expectError(
      await h.gql(claimsShop, ENTITIES, { reps: [{ __typename: 'Organization', id: w.shop }] }),
      'FORBIDDEN',
    );
    const orgless = as('MEMBER', { member: newId(), org: w.factory });
    const noOrg = await h.gql(orgless, ENTITIES, { reps: [{ __typename: 'Organization', id: w.factory }] });
    expect(noOrg.data!._entities[0].laborRelations).toBeNull();
    expectError(noOrg, 'FORBIDDEN');
    const risk = ok(await h.gql(member, `{ riskAssessments { nodes { id } } }`));
    expect(risk.riskAssessments.nodes).toEqual([]);
    // Nor through its own organization's summary: the latest screening's grade stays with staff.
    ok(
      await h.gql(PROVINCE_ADMIN, ASSESS, {
        input: {
          organizationId: w.factory,
          period: '2026-Q1',
          assessedOn: '2026-03-31',
          findings: '加班时长偏长',
          riskLevel: 'HIGH',
        },
      }),
    );
    const summary = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Organization { laborRelations { riskLevel riskPeriod hasValidContract } } } }`;
    const reps = { reps: [{ __typename: 'Organization', id: w.factory }] };
    expect(ok(await h.gql(member, summary, reps))._entities[0].laborRelations).toEqual({
      riskLevel: null,
      riskPeriod: null,
      hasValidContract: false,
    });
    expect(ok(await h.gql(PROVINCE_ADMIN, summary, reps))._entities[0].laborRelations).toMatchObject({
      riskLevel: 'HIGH',
      riskPeriod: '2026-Q1',
    });
  });

  it('gives an ORG_ADMIN its own organization only; staff see member disputes within scope', async () => {
    const admin = as('ORG_ADMIN', { org: w.shop });
    const own = ok(await h.gql(admin, list));
    expect(own.laborDisputes.nodes).toEqual([{ id: szDispute }]);
    const forbidden = await h.gql(admin, ENTITIES, { reps: [{ __typename: 'Organization', id: w.factory }] });
    expect(forbidden.data!._entities[0].laborRelations).toBeNull();
    expectError(forbidden, 'FORBIDDEN');
    const staff = ok(
      await h.gql(GUANGZHOU_ADMIN, ENTITIES, { reps: [{ __typename: 'Member', id: w.factoryMembers[1] }] }),
    );
    expect(staff._entities[0].disputes).toEqual([{ id: gzDispute }]);
    const outside = ok(
      await h.gql(SHENZHEN_ADMIN, ENTITIES, { reps: [{ __typename: 'Member', id: w.factoryMembers[1] }] }),
    );
    expect(outside._entities[0].disputes).toEqual([]);
  });

  it('answers Organization.laborRelations FORBIDDEN outside the region, and region figures only inside the jurisdiction', async () => {
    const outside = await h.gql(SHENZHEN_ADMIN, ENTITIES, {
      reps: [{ __typename: 'Organization', id: w.factory }],
    });
    expect(outside.data!._entities[0].laborRelations).toBeNull();
    expectError(outside, 'FORBIDDEN');
    const stats = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Region { code laborStats { openDisputes } } } }`;
    const region = await h.gql(GUANGZHOU_ADMIN, stats, {
      reps: [
        { __typename: 'Region', code: '4401' },
        { __typename: 'Region', code: '44' },
      ],
    });
    expect(region.data!._entities[0].laborStats).toEqual({ openDisputes: 2 });
    expect(region.data!._entities[1].laborStats).toBeNull();
    expectError(region, 'FORBIDDEN');
    expectError(
      await h.gql(as('ORG_ADMIN', { org: w.factory }), stats, {
        reps: [{ __typename: 'Region', code: '4401' }],
      }),
      'FORBIDDEN',
    );
    expectError(await h.gql(null, `{ laborDisputes { nodes { id } } }`), 'UNAUTHENTICATED');
  });

  it('counts a contract as valid only while in force', async () => {
    const c = await createContract(h, { organizationId: w.shop, kind: 'GENERAL', title: '在执行' });
    const t = today();
    for (const [m, input] of [
      ['startContractNegotiation(input: { id: $id })', {}],
      [
        `signCollectiveContract(input: { id: $id, signedOn: "${addDays(t, -3)}", effectiveFrom: "${addDays(t, -1)}", effectiveTo: "${addDays(t, 200)}", coveredEmployees: 80 })`,
        {},
      ],
    ] as const) {
      ok(
        await h.gql(PROVINCE_ADMIN, `mutation($id: ID!) { ${m} { contract { status } } }`, {
          id: c.id,
          ...input,
        }),
      );
    }
    const q = await h.gql(PROVINCE_ADMIN, ENTITIES, { reps: [{ __typename: 'Organization', id: w.shop }] });
    expect(ok(q)._entities[0].laborRelations).toEqual({ hasValidContract: true, openDisputes: 1 });
  });
});
