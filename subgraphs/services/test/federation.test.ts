import { testDialects } from '@union/kit';
import {
  buildWorld,
  factoryAdmin,
  GUANGZHOU_ADMIN,
  memberToken,
  openProgram,
  PROVINCE_ADMIN,
  REQUEST,
  SHENZHEN_ADMIN,
  shopAdmin,
  type World,
} from './fixture';
import { addMember, as, expectError, expectOk, startHarness, type Harness } from './harness';

const MEMBERS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Member {
  id
  recommendedPrograms { id name }
  serviceRequests { id status program { name } }
  hardshipCase { id level grants { amountCents } }
  participations { id }
} } }`;
const OPEN_CASE = `mutation($input: OpenHardshipCaseInput!) { openHardshipCase(input: $input) { hardshipCase { id } } }`;

/** A Member representation as the gateway sends it for @requires (facts from the members subgraph). */
const rep = (
  id: string,
  facts: { regionCode: string; isMigrantWorker: boolean; gender: string; age: number },
) => ({
  __typename: 'Member',
  id,
  isMigrantWorker: facts.isMigrantWorker,
  gender: facts.gender,
  age: facts.age,
  region: { code: facts.regionCode },
});

describe.each(testDialects())('federated Member fields and scope on %s', (dialect) => {
  let h: Harness;
  let w: World;
  let migrantProgram: string;
  let hardshipProgram: string;
  let womenProgram: string;
  beforeAll(async () => {
    h = await startHarness(dialect);
    w = buildWorld(h);
    migrantProgram = await openProgram(
      h,
      { name: '农民工子女暑托班', category: 'CHILD_CARE', eligibility: { migrantOnly: true } },
      factoryAdmin(w),
    );
    hardshipProgram = await openProgram(
      h,
      {
        name: '困难职工助学',
        category: 'HARDSHIP_ASSISTANCE',
        eligibility: { openHardshipCaseOnly: true },
        organizationId: w.guangzhou,
      },
      GUANGZHOU_ADMIN,
    );
    womenProgram = await openProgram(
      h,
      {
        name: '女职工关爱',
        category: 'CULTURE_SPORTS_HEALTH',
        eligibility: { gender: 'FEMALE', maxAge: 35 },
      },
      factoryAdmin(w),
    );
    await openProgram(
      h,
      { name: '普惠观影', category: 'CULTURE_SPORTS_HEALTH', mode: 'UNIVERSAL' },
      factoryAdmin(w),
    );
  });
  afterAll(() => h.close());

  it('recommends open TARGETED programs whose rules the member meets, from the required facts', async () => {
    const alice = rep(w.alice, { regionCode: '440106', isMigrantWorker: true, gender: 'FEMALE', age: 30 });
    const bob = rep(w.bob, { regionCode: '440106', isMigrantWorker: false, gender: 'MALE', age: 45 });
    const carol = rep(w.carol, { regionCode: '440305', isMigrantWorker: true, gender: 'FEMALE', age: 28 });
    const result = expectOk(
      await h.gql(
        PROVINCE_ADMIN,
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Member { recommendedPrograms { id } } } }`,
        { reps: [alice, bob, carol] },
      ),
    );
    const ids = result._entities.map((m: any) => m.recommendedPrograms.map((p: any) => p.id));
    expect(ids[0]).toEqual([migrantProgram, womenProgram]);
    expect(ids[1]).toEqual([]);
    expect(ids[2]).toEqual([]);
  });

  it('adds hardship-only programs once the member has an open case', async () => {
    expectOk(
      await h.gql(factoryAdmin(w), OPEN_CASE, {
        input: {
          memberId: w.bob,
          level: 'GENERAL',
          reasons: ['UNEMPLOYMENT'],
          householdSize: 3,
          monthlyIncomePerHeadCents: 80000,
        },
      }),
    );
    const bob = rep(w.bob, { regionCode: '440106', isMigrantWorker: false, gender: 'MALE', age: 45 });
    const result = expectOk(
      await h.gql(
        memberToken(w.bob),
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Member { recommendedPrograms { id } hardshipCase { level } } } }`,
        { reps: [bob] },
      ),
    );
    expect(result._entities[0]).toEqual({
      recommendedPrograms: [{ id: hardshipProgram }],
      hardshipCase: { level: 'GENERAL' },
    });
  });

  it('keeps one member out of another member’s cases and requests', async () => {
    expectOk(await h.gql(memberToken(w.alice), REQUEST, { input: { programId: migrantProgram } }));
    const asAlice = await h.gql(memberToken(w.alice), MEMBERS, {
      reps: [rep(w.bob, { regionCode: '440106', isMigrantWorker: false, gender: 'MALE', age: 45 })],
    });
    expect(asAlice.data!._entities[0].hardshipCase).toBeNull();
    expect(expectError(asAlice, 'FORBIDDEN').path).toEqual(['_entities', 0, 'hardshipCase']);
    const own = expectOk(
      await h.gql(
        memberToken(w.alice),
        `{ serviceRequests { totalCount nodes { member { id } } } hardshipCases { totalCount } }`,
      ),
    );
    expect(own.serviceRequests.totalCount).toBe(1);
    expect(own.hardshipCases.totalCount).toBe(0);
    const bobs = expectOk(
      await h.gql(memberToken(w.bob), `{ serviceRequests { totalCount } hardshipCases { totalCount } }`),
    );
    expect(bobs).toEqual({ serviceRequests: { totalCount: 0 }, hardshipCases: { totalCount: 1 } });
    const requestId =
      own.serviceRequests.nodes.length &&
      (
        await h.db
          .selectFrom('service_requests')
          .select('id')
          .where('member_id', '=', w.alice)
          .executeTakeFirstOrThrow()
      ).id;
    const peek = await h.gql(memberToken(w.bob), 'query($id: ID!) { serviceRequest(id: $id) { id } }', {
      id: requestId,
    });
    expect(peek.data!.serviceRequest).toBeNull();
    expectError(peek, 'FORBIDDEN');
    const entity = await h.gql(
      SHENZHEN_ADMIN,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ServiceRequest { id } } }`,
      { reps: [{ __typename: 'ServiceRequest', id: requestId }] },
    );
    expect(entity.data!._entities[0]).toBeNull();
    expectError(entity, 'FORBIDDEN');
  });

  it('gives an ORG_ADMIN its own organization, a FEDERATION_ADMIN its region', async () => {
    const shop = expectOk(
      await h.gql(shopAdmin(w), '{ serviceRequests { totalCount } hardshipCases { totalCount } }'),
    );
    expect(shop).toEqual({ serviceRequests: { totalCount: 0 }, hardshipCases: { totalCount: 0 } });
    const factory = expectOk(
      await h.gql(factoryAdmin(w), '{ serviceRequests { totalCount } hardshipCases { totalCount } }'),
    );
    expect(factory).toEqual({ serviceRequests: { totalCount: 1 }, hardshipCases: { totalCount: 1 } });
    const sz = expectOk(
      await h.gql(
        SHENZHEN_ADMIN,
        '{ serviceRequests(filter: { regionPrefix: "4401" }) { totalCount } hardshipCases { totalCount } }',
      ),
    );
    expect(sz).toEqual({ serviceRequests: { totalCount: 0 }, hardshipCases: { totalCount: 0 } });
    const auditor = expectOk(
      await h.gql(as('AUDITOR', { region: '4401' }), '{ hardshipCases { totalCount } }'),
    );
    expect(auditor.hardshipCases.totalCount).toBe(1);
  });

  it('answers region and organization figures inside the jurisdiction only', async () => {
    const STATS = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Region { serviceStats { membersServed requestsByStatus { status count } averageRating openHardshipCases
        openHardshipCasesByLevel { level count } assistanceYear assistancePaidThisYearCents } }
      ... on Organization { serviceStats { requestsByStatus { status count } openHardshipCases } } } }`;
    const reps = [
      { __typename: 'Region', code: '4401' },
      { __typename: 'Region', code: '44' },
      { __typename: 'Organization', id: w.factory },
    ];
    const province = expectOk(await h.gql(PROVINCE_ADMIN, STATS, { reps }));
    expect(province._entities[0].serviceStats).toMatchObject({
      requestsByStatus: [{ status: 'SUBMITTED', count: 1 }],
      averageRating: null,
      openHardshipCases: 1,
      openHardshipCasesByLevel: [{ level: 'GENERAL', count: 1 }],
      assistancePaidThisYearCents: 0,
    });
    expect(province._entities[1].serviceStats).toEqual(province._entities[0].serviceStats);
    expect(province._entities[2].serviceStats).toEqual({
      requestsByStatus: [{ status: 'SUBMITTED', count: 1 }],
      openHardshipCases: 1,
    });
    const guangzhou = await h.gql(GUANGZHOU_ADMIN, STATS, { reps });
    expect(guangzhou.data!._entities[1].serviceStats).toBeNull();
    expect(expectError(guangzhou, 'FORBIDDEN').path).toEqual(['_entities', 1, 'serviceStats']);
    for (const who of [SHENZHEN_ADMIN, shopAdmin(w), memberToken(w.alice)]) {
      const denied = await h.gql(who, STATS, { reps: [{ __typename: 'Organization', id: w.factory }] });
      expectError(denied, 'FORBIDDEN');
    }
    expect(
      expectOk(await h.gql(factoryAdmin(w), STATS, { reps: [reps[2]] }))._entities[0].serviceStats
        .openHardshipCases,
    ).toBe(1);
  });

  it('lists requests with their programs in a constant number of statements', async () => {
    const LIST = `{ serviceRequests(first: 100) { totalCount nodes { id status program { name category } member { id } } } }`;
    h.queries.length = 0;
    const few = expectOk(await h.gql(PROVINCE_ADMIN, LIST)).serviceRequests;
    const fewStatements = h.queries.length;
    for (let i = 0; i < 20; i++) {
      const id = addMember(h, {
        orgId: w.factory,
        regionCode: '440106',
        isMigrantWorker: true,
        gender: 'FEMALE',
        age: 30,
      });
      expectOk(await h.gql(factoryAdmin(w), REQUEST, { input: { programId: migrantProgram, memberId: id } }));
    }
    h.queries.length = 0;
    const many = expectOk(await h.gql(PROVINCE_ADMIN, LIST)).serviceRequests;
    expect(many.totalCount).toBe(few.totalCount + 20);
    expect(h.queries.length).toBe(fewStatements);
    expect(fewStatements).toBeLessThanOrEqual(3);
  });

  it('serves 10 or 100 members in the same number of SQL statements', async () => {
    const counts: number[] = [];
    for (const n of [10, 100]) {
      const reps = Array.from({ length: n }, (_, i) => {
        const facts = {
          regionCode: i % 2 ? '440106' : '440305',
          isMigrantWorker: i % 3 === 0,
          gender: i % 2 ? 'MALE' : 'FEMALE',
          age: 20 + (i % 40),
        };
        const id = addMember(h, { orgId: i % 2 ? w.factory : w.shop, ...facts } as any);
        return rep(id, facts);
      });
      reps.push(rep(w.alice, { regionCode: '440106', isMigrantWorker: true, gender: 'FEMALE', age: 30 }));
      h.queries.length = 0;
      const result = expectOk(await h.gql(PROVINCE_ADMIN, MEMBERS, { reps }));
      expect(result._entities).toHaveLength(n + 1);
      expect(result._entities[n].serviceRequests[0].program.name).toBe('农民工子女暑托班');
      counts.push(h.queries.length);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(7);
  });
});
