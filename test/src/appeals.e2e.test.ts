import { testDialects } from '@union/kit';
import { errorWith, startStack, type Stack } from './support/stack';

/*
 * Worker appeals (issue 13) through the real gateway over all four subgraphs: a member submits from
 * the app → the city federation accepts and dispatches to the district → the district resolves →
 * a call-back is recorded → closed; the region's figures move; the member sees the public
 * timeline. Then the scope escapes: another member, another city, the anonymous follow-up with a
 * wrong code.
 */
const APPEAL = `id number status version channel handler { id name } handlerRegion { code }
  timeline { kind fromStatus toStatus note internal actor actorRole }`;
const STATS = `{ region(code: "4401") { appealStats { receivedThisYear open resolvedThisYear callBacksThisYear satisfiedThisYear } } }`;

describe.each(testDialects())('worker appeals through the gateway on %s', (dialect) => {
  let stack: Stack;
  let cityAdmin: string;
  beforeAll(async () => {
    stack = await startStack({ dialect });
    cityAdmin = await stack.token({ role: 'FEDERATION_ADMIN', region: '4401' });
  });
  afterAll(() => stack?.close());

  const ok = (result: { data?: any; errors?: unknown }) => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };

  async function memberAndDistrict() {
    const unions = ok(
      await stack.gql(
        cityAdmin,
        `{ organizations(first: 60, filter: { regionPrefix: "4401", kind: GRASSROOTS, status: ACTIVE }) {
           nodes { id region { code } members(first: 3) { nodes { id } } } } }`,
      ),
    ).organizations.nodes.filter((n: any) => n.members.nodes.length >= 2 && n.region.code.length > 6);
    for (const union of unions) {
      const district = union.region.code.slice(0, 6);
      const feds = ok(
        await stack.gql(
          cityAdmin,
          `query($p: String!) { organizations(first: 5, filter: { regionPrefix: $p, kind: FEDERATION, status: ACTIVE }) { nodes { id region { code } } } }`,
          { p: district },
        ),
      ).organizations.nodes.filter((f: any) => f.region.code === district);
      if (feds.length > 0)
        return {
          union,
          district,
          federation: feds[0].id,
          members: union.members.nodes.map((m: any) => m.id),
        };
    }
    throw new Error('no Guangzhou union with members under a district federation in the seed');
  }

  it('member → city accepts and dispatches → district resolves → call-back → closed; figures move; the member sees the public timeline', async () => {
    const { district, federation, members } = await memberAndDistrict();
    const districtAdmin = await stack.token({ role: 'FEDERATION_ADMIN', region: district });
    const memberToken = await stack.token({ role: 'MEMBER', member: members[0] });
    const before = ok(await stack.gql(cityAdmin, STATS)).region.appealStats;

    const submitted = ok(
      await stack.gql(
        memberToken,
        `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { number followUpCode appeal { ${APPEAL} member { id } } } }`,
        {
          input: {
            kind: 'RIGHTS_COMPLAINT',
            category: 'WAGE_ARREARS',
            summary: '公司拖欠两个月工资',
            details: '十月、十一月工资未发',
          },
        },
      ),
    ).submitAppeal;
    expect(submitted.followUpCode).toBeNull();
    const appeal = submitted.appeal;
    expect(appeal).toMatchObject({
      status: 'RECEIVED',
      channel: 'APP',
      member: { id: members[0] },
      handler: null,
      handlerRegion: { code: '4401' },
    });

    const run = async (token: string, mutation: string, type: string, input: Record<string, unknown>) =>
      ok(
        await stack.gql(
          token,
          `mutation($input: ${type}!) { ${mutation}(input: $input) { appeal { ${APPEAL} } } }`,
          { input },
        ),
      )[mutation].appeal;
    await run(cityAdmin, 'acceptAppeal', 'AppealMoveInput', { id: appeal.id });
    const dispatched = await run(cityAdmin, 'dispatchAppeal', 'DispatchAppealInput', {
      id: appeal.id,
      organizationId: federation,
      note: '内部：请区总工会三日内联系企业',
    });
    expect(dispatched.handler.id).toBe(federation);
    expect(dispatched.handler.name).toMatch(/总工会/); // resolved by organizations
    await run(districtAdmin, 'startAppeal', 'StartAppealInput', { id: appeal.id });
    await run(districtAdmin, 'resolveAppeal', 'ResolveAppealInput', {
      id: appeal.id,
      outcome: 'SOLVED',
      resolution: '经区总工会协调，企业已补发工资',
    });
    await run(districtAdmin, 'recordAppealCallBack', 'RecordAppealCallBackInput', {
      id: appeal.id,
      satisfaction: 'SATISFIED',
    });
    const closed = await run(districtAdmin, 'closeAppeal', 'AppealMoveInput', { id: appeal.id });
    expect(closed.status).toBe('CLOSED');

    const after = ok(await stack.gql(cityAdmin, STATS)).region.appealStats;
    expect(after.receivedThisYear).toBe(before.receivedThisYear + 1);
    expect(after.resolvedThisYear).toBe(before.resolvedThisYear + 1);
    expect(after.callBacksThisYear).toBe(before.callBacksThisYear + 1);
    expect(after.satisfiedThisYear).toBe(before.satisfiedThisYear + 1);
    expect(after.open).toBe(before.open);

    // The member, through members' `me`: its appeal with the public timeline only.
    const mine = ok(
      await stack.gql(
        memberToken,
        `{ me { id appeals(first: 5) { id status timeline { kind toStatus note actor } } } }`,
      ),
    ).me;
    const own = mine.appeals.find((a: any) => a.id === appeal.id);
    expect(own.status).toBe('CLOSED');
    expect(own.timeline.map((e: any) => e.toStatus)).toEqual([
      'RECEIVED',
      'ACCEPTED',
      'DISPATCHED',
      'IN_PROGRESS',
      'RESOLVED',
      'CALLED_BACK',
      'CLOSED',
    ]);
    expect(own.timeline.map((e: any) => e.note)).toContain('经区总工会协调，企业已补发工资');
    expect(JSON.stringify(own.timeline)).not.toContain('内部');
    expect(own.timeline.every((e: any) => e.actor === null)).toBe(true);

    // Scope escapes: another member of the same union, another city's admin.
    const bystander = await stack.token({ role: 'MEMBER', member: members[1] });
    const q = `query($id: ID!) { workerAppeal(id: $id) { id summary } }`;
    const seen = await stack.gql(bystander, q, { id: appeal.id });
    expect(seen.data?.workerAppeal).toBeNull();
    errorWith(seen, 'FORBIDDEN');
    const shenzhen = await stack.token({ role: 'FEDERATION_ADMIN', region: '4403' });
    errorWith(await stack.gql(shenzhen, q, { id: appeal.id }), 'FORBIDDEN');
    errorWith(await stack.gql(shenzhen, `{ region(code: "4401") { appealStats { open } } }`), 'FORBIDDEN');
    const byNumber = await stack.gql(
      shenzhen,
      `query($n: String!) { workerAppealByNumber(number: $n) { id } }`,
      { n: appeal.number },
    );
    errorWith(byNumber, 'FORBIDDEN');
  });

  it('anonymous web form: a number and a one-time code; the follow-up refuses a wrong code; nothing else is open', async () => {
    const submitted = ok(
      await stack.gql(
        null,
        `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { number followUpCode appeal { id } } }`,
        {
          input: {
            kind: 'CONSULTATION',
            category: 'SOCIAL_INSURANCE',
            summary: '咨询社保补缴',
            regionCode: '440106',
            callerName: '王芳',
            callerPhone: '13800138000',
          },
        },
      ),
    ).submitAppeal;
    expect(submitted.appeal).toBeNull();
    expect(submitted.followUpCode).toMatch(/^[2-9A-Z]{12}$/);
    const status = `query($n: String!, $c: String!) { appealStatus(number: $n, code: $c) { number status channel timeline { toStatus } } }`;
    const right = ok(await stack.gql(null, status, { n: submitted.number, c: submitted.followUpCode }));
    expect(right.appealStatus).toMatchObject({
      number: submitted.number,
      status: 'RECEIVED',
      channel: 'WEB',
    });
    expect(JSON.stringify(right)).not.toMatch(/13800138000|王芳/);
    expect(
      ok(await stack.gql(null, status, { n: submitted.number, c: 'AAAAAAAAAAAA' })).appealStatus,
    ).toBeNull();
    errorWith(await stack.gql(null, `{ appeals { totalCount } }`), 'UNAUTHENTICATED');
    // Staff see the caller masked, never in full without pii:read.
    const listed = ok(
      await stack.gql(
        cityAdmin,
        `{ appeals(first: 100, filter: { channel: WEB, regionPrefix: "440106" }) { nodes { number callerPhoneMasked callerNameMasked } } }`,
      ),
    ).appeals.nodes.find((n: any) => n.number === submitted.number);
    expect(listed).toEqual({
      number: submitted.number,
      callerPhoneMasked: '138****8000',
      callerNameMasked: '王*',
    });
    errorWith(
      await stack.gql(cityAdmin, `{ appeals(first: 1, filter: { channel: WEB }) { nodes { callerPhone } } }`),
      'FORBIDDEN',
    );
  });

  it('anonymous web form: an unknown region is NOT_FOUND (checked with organizations), and nothing is stored', async () => {
    const count = `{ appeals(filter: { channel: WEB }) { totalCount } }`;
    const province = await stack.token({ role: 'FEDERATION_ADMIN', region: '44' });
    const before = ok(await stack.gql(province, count)).appeals.totalCount;
    const refused = await stack.gql(
      null,
      `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { number followUpCode } }`,
      {
        input: {
          kind: 'CONSULTATION',
          category: 'SOCIAL_INSURANCE',
          summary: '咨询社保补缴',
          regionCode: '440199', // well-shaped, but no such district of Guangzhou
          callerPhone: '13800138001',
        },
      },
    );
    const error = errorWith(refused, 'NOT_FOUND');
    expect(error.extensions?.field).toBe('input.regionCode');
    expect(error.message).toBe('input.regionCode: no such Region');
    expect(ok(await stack.gql(province, count)).appeals.totalCount).toBe(before);
  });

  it('an appeal linked to a hardship case: services resolves it across subgraphs under the reader’s scope; an out-of-scope case is refused', async () => {
    const { district, federation, members } = await memberAndDistrict();
    const memberToken = await stack.token({ role: 'MEMBER', member: members[0] });
    const case_ = `id status level member { id } region { code }`;
    // The member's hardship case (services; opened by the city federation unless one is open).
    const opened = await stack.gql(
      cityAdmin,
      `mutation($input: OpenHardshipCaseInput!) { openHardshipCase(input: $input) { hardshipCase { ${case_} } } }`,
      {
        input: {
          memberId: members[0],
          level: 'GENERAL',
          reasons: ['ILLNESS'],
          householdSize: 3,
          monthlyIncomePerHeadCents: 80000,
        },
      },
    );
    const hardship =
      opened.data?.openHardshipCase?.hardshipCase ??
      ok(
        await stack.gql(
          cityAdmin,
          `query($m: ID!) { hardshipCases(filter: { memberId: $m, status: OPEN }) { nodes { ${case_} } } }`,
          { m: members[0] },
        ),
      ).hardshipCases.nodes[0];
    expect(hardship.member.id).toBe(members[0]);

    const appeal = ok(
      await stack.gql(
        memberToken,
        `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { appeal { id } } }`,
        {
          input: { kind: 'HELP_REQUEST', category: 'HARDSHIP_ASSISTANCE', summary: '家人重病，申请困难帮扶' },
        },
      ),
    ).submitAppeal.appeal;
    ok(
      await stack.gql(
        cityAdmin,
        `mutation($id: ID!) { acceptAppeal(input: { id: $id }) { appeal { id } } }`,
        {
          id: appeal.id,
        },
      ),
    );
    const LINK = `mutation($input: LinkAppealToHardshipCaseInput!) { linkAppealToHardshipCase(input: $input) {
      appeal { id hardshipCase { ${case_} } } } }`;

    // Out of scope: a Shenzhen member's case, checked with services before anything is stored.
    const province = await stack.token({ role: 'FEDERATION_ADMIN', region: '44' });
    const shenzhenUnion = ok(
      await stack.gql(
        province,
        `{ organizations(first: 40, filter: { regionPrefix: "4403", kind: GRASSROOTS, status: ACTIVE }) { nodes { members(first: 1) { nodes { id } } } } }`,
      ),
    ).organizations.nodes.find((n: any) => n.members.nodes.length > 0);
    const szMember = shenzhenUnion.members.nodes[0].id;
    const szOpened = await stack.gql(
      province,
      `mutation($input: OpenHardshipCaseInput!) { openHardshipCase(input: $input) { hardshipCase { id } } }`,
      {
        input: {
          memberId: szMember,
          level: 'DEEP',
          reasons: ['UNEMPLOYMENT'],
          householdSize: 2,
          monthlyIncomePerHeadCents: 50000,
        },
      },
    );
    const szCase =
      szOpened.data?.openHardshipCase?.hardshipCase?.id ??
      ok(
        await stack.gql(
          province,
          `query($m: ID!) { hardshipCases(filter: { memberId: $m, status: OPEN }) { nodes { id } } }`,
          { m: szMember },
        ),
      ).hardshipCases.nodes[0].id;
    const refused = await stack.gql(cityAdmin, LINK, { input: { id: appeal.id, hardshipCaseId: szCase } });
    expect(errorWith(refused, 'FORBIDDEN').extensions?.field).toBe('input.hardshipCaseId');
    const unknown = await stack.gql(cityAdmin, LINK, {
      input: { id: appeal.id, hardshipCaseId: '01900000-0000-7000-8000-00000000dead' },
    });
    expect(errorWith(unknown, 'NOT_FOUND').extensions?.field).toBe('input.hardshipCaseId');
    const read = `query($id: ID!) { workerAppeal(id: $id) { id hardshipCase { ${case_} } } }`;
    expect(ok(await stack.gql(cityAdmin, read, { id: appeal.id })).workerAppeal.hardshipCase).toBeNull();

    // In scope: linked, and resolved by services across subgraphs (level and member come from services).
    const linked = ok(
      await stack.gql(cityAdmin, LINK, { input: { id: appeal.id, hardshipCaseId: hardship.id } }),
    ).linkAppealToHardshipCase.appeal;
    expect(linked.hardshipCase).toEqual(hardship);
    expect(ok(await stack.gql(memberToken, read, { id: appeal.id })).workerAppeal.hardshipCase).toEqual(
      hardship,
    );

    // The reference path keeps services' scope: the district federation's ORG_ADMIN handles the
    // appeal once dispatched, but the case belongs to the member's union — null, FORBIDDEN there.
    ok(
      await stack.gql(
        cityAdmin,
        `mutation($input: DispatchAppealInput!) { dispatchAppeal(input: $input) { appeal { id } } }`,
        { input: { id: appeal.id, organizationId: federation } },
      ),
    );
    const districtOrgAdmin = await stack.token({ role: 'ORG_ADMIN', org: federation });
    const asHandler = await stack.gql(districtOrgAdmin, read, { id: appeal.id });
    expect(asHandler.data?.workerAppeal).toEqual({ id: appeal.id, hardshipCase: null });
    expect(errorWith(asHandler, 'FORBIDDEN').path).toEqual(['workerAppeal', 'hardshipCase']);
    expect(district.length).toBe(6);
  });
});
