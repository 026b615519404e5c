import { testDialects } from '@union/kit';
import { errorWith, startStack, type GqlResult, type Stack } from './support/stack';

/** The members seed's hand-over (same shape as @union/members' SeededMember). */
interface SeededMember {
  id: string;
  orgId: string;
  regionCode: string;
  isMigrantWorker: boolean;
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
}

const CREATE = `mutation($input: CreateServiceProgramInput!) { createServiceProgram(input: $input) { program { id } } }`;
const OPEN = `mutation($id: ID!) { openServiceProgram(input: { id: $id }) { program { status } } }`;
const REQUEST = `mutation($input: RequestServiceInput!) { requestService(input: $input) { request { id status } } }`;
const MOVE = `mutation($input: TransitionServiceRequestInput!) { transitionServiceRequest(input: $input) { request { status } } }`;
const RATE = `mutation($input: RateServiceRequestInput!) { rateServiceRequest(input: $input) { request { rating } } }`;
const OPEN_CASE = `mutation($input: OpenHardshipCaseInput!) { openHardshipCase(input: $input) { hardshipCase { id } } }`;

function ok<T = any>(result: GqlResult<T>): T {
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

describe.each(testDialects())('services through the gateway on %s', (dialect) => {
  let stack: Stack;
  let member: SeededMember;
  let neighbour: SeededMember;
  let memberToken: string;
  let neighbourToken: string;
  let orgAdmin: string;
  let provinceAdmin: string;
  let program: string;
  let request: string;
  beforeAll(async () => {
    stack = await startStack({ dialect });
    const members = stack.prepared.find((p) => p.name === 'members')!.seed.data as SeededMember[];
    member = members.find((m) => m.isMigrantWorker)!;
    neighbour = members.find((m) => m.orgId === member.orgId && m.id !== member.id)!;
    memberToken = await stack.token({ role: 'MEMBER', member: member.id });
    neighbourToken = await stack.token({ role: 'MEMBER', member: neighbour.id });
    orgAdmin = await stack.token({ role: 'ORG_ADMIN', org: member.orgId });
    provinceAdmin = await stack.token({ role: 'FEDERATION_ADMIN', region: '44' });
  });
  afterAll(() => stack?.close());

  it('recommends a targeted program to a MEMBER token, who then requests it', async () => {
    program = ok(
      await stack.gql(provinceAdmin, CREATE, {
        input: {
          name: '新就业形态劳动者法律援助',
          category: 'LEGAL_AID',
          mode: 'TARGETED',
          organizationId: member.orgId,
          eligibility: { migrantOnly: true },
          capacity: 5,
        },
      }),
    ).createServiceProgram.program.id;
    expect(ok(await stack.gql(provinceAdmin, OPEN, { id: program })).openServiceProgram.program.status).toBe(
      'OPEN',
    );
    const me = ok(
      await stack.gql(memberToken, '{ me { id recommendedPrograms(first: 100) { id name category } } }'),
    );
    expect(me.me.recommendedPrograms.map((p: any) => p.id)).toContain(program);
    request = ok(await stack.gql(memberToken, REQUEST, { input: { programId: program } })).requestService
      .request.id;
  });

  it('lets staff move the request through the workflow and the member rate it', async () => {
    for (const to of ['ACCEPTED', 'IN_PROGRESS', 'COMPLETED'])
      expect(
        ok(await stack.gql(orgAdmin, MOVE, { input: { id: request, to } })).transitionServiceRequest.request
          .status,
      ).toBe(to);
    const illegal = errorWith(
      await stack.gql(orgAdmin, MOVE, { input: { id: request, to: 'ACCEPTED' } }),
      'INVALID_STATE_TRANSITION',
    );
    expect(illegal.extensions).toMatchObject({ currentState: 'COMPLETED', requestedState: 'ACCEPTED' });
    expect(
      ok(await stack.gql(memberToken, RATE, { input: { id: request, rating: 5, comment: '帮我讨回了工资' } }))
        .rateServiceRequest.request.rating,
    ).toBe(5);
    const me = ok(
      await stack.gql(
        memberToken,
        '{ me { serviceRequests(first: 100) { id status program { name provider { name } } } participations(first: 100) { source request { id } } } }',
      ),
    );
    const mine = me.me.serviceRequests.find((r: any) => r.id === request);
    expect(mine).toMatchObject({ status: 'COMPLETED', program: { name: '新就业形态劳动者法律援助' } });
    expect(mine.program.provider.name).toMatch(/工会/);
    expect(me.me.participations.some((p: any) => p.source === 'REQUEST' && p.request?.id === request)).toBe(
      true,
    );
  });

  it('answers region(code: "4401") from members and services (and organizations) in one query', async () => {
    const guangzhou = await stack.token({ role: 'FEDERATION_ADMIN', region: '4401' });
    const result = ok(
      await stack.gql(
        guangzhou,
        `{ region(code: "4401") { name organizationStats { total } memberStats { total }
            serviceStats { membersServed membersServedByCategory { category members } requestsByStatus { status count }
                           averageRating openHardshipCases assistancePaidThisYearCents } } }`,
      ),
    );
    expect(result.region.name).toBe('广州市');
    expect(result.region.organizationStats.total).toBeGreaterThan(0);
    expect(result.region.memberStats.total).toBeGreaterThan(0);
    expect(result.region.serviceStats.membersServed).toBeGreaterThan(0);
    expect(result.region.serviceStats.membersServed).toBeLessThanOrEqual(result.region.memberStats.total);
    expect(result.region.serviceStats.requestsByStatus.length).toBeGreaterThan(0);
  });

  it('starts at Region and crosses organizations, members and services', async () => {
    const result = ok(
      await stack.gql(
        provinceAdmin,
        `query($id: ID!) { region(code: "44") { name children { code name }
            serviceStats { membersServed } }
          member(id: $id) { name region { name serviceStats { membersServed } }
            organization { name servicePrograms(first: 100) { nodes { id name provider { name } } } }
            serviceRequests { status program { category } } } }`,
        { id: member.id },
      ),
    );
    expect(result.region.children).toHaveLength(21);
    expect(result.member.region.serviceStats.membersServed).toBeGreaterThan(0);
    expect(result.member.organization.servicePrograms.nodes.map((p: any) => p.id)).toContain(program);
    expect(result.member.serviceRequests.some((r: any) => r.status === 'COMPLETED')).toBe(true);
  });

  it('keeps scope through the gateway: another member, another jurisdiction, another organization', async () => {
    const opened = ok(
      await stack.gql(orgAdmin, OPEN_CASE, {
        input: {
          memberId: member.id,
          level: 'DEEP',
          reasons: ['ILLNESS'],
          householdSize: 3,
          monthlyIncomePerHeadCents: 50000,
        },
      }),
    ).openHardshipCase;
    expect(opened.hardshipCase.id).toEqual(expect.any(String));
    expect(ok(await stack.gql(memberToken, '{ me { hardshipCase { level } } }')).me.hardshipCase).toEqual({
      level: 'DEEP',
    });
    // A neighbour in the same union sees neither the case nor the request.
    const peek = await stack.gql(
      neighbourToken,
      'query($id: ID!) { member(id: $id) { hardshipCase { id } } }',
      { id: member.id },
    );
    expect(peek.data?.member ?? null).toBeNull();
    errorWith(peek, 'FORBIDDEN');
    const req = await stack.gql(neighbourToken, 'query($id: ID!) { serviceRequest(id: $id) { id } }', {
      id: request,
    });
    expect(req.data!.serviceRequest).toBeNull();
    errorWith(req, 'FORBIDDEN');
    const listed = ok(
      await stack.gql(
        neighbourToken,
        'query($m: ID!) { serviceRequests(filter: { memberId: $m }) { totalCount } hardshipCases { totalCount } }',
        {
          m: member.id,
        },
      ),
    );
    expect(listed.serviceRequests.totalCount).toBe(0);
    // Another jurisdiction's figures and another organization's workflow are refused.
    const shenzhen = await stack.token({ role: 'FEDERATION_ADMIN', region: '4403' });
    const figures = await stack.gql(
      shenzhen,
      '{ region(code: "4401") { name serviceStats { membersServed } } }',
    );
    expect(figures.data!.region).toEqual({ name: '广州市', serviceStats: null });
    errorWith(figures, 'FORBIDDEN');
    const otherOrg = await stack.token({ role: 'ORG_ADMIN', org: '01900000-0000-7000-8000-000000000000' });
    errorWith(await stack.gql(otherOrg, MOVE, { input: { id: request, to: 'CANCELLED' } }), 'FORBIDDEN');
    errorWith(await stack.gql(null, '{ servicePrograms { totalCount } }'), 'UNAUTHENTICATED');
  });
});
