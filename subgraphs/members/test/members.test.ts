import { newId, testDialects, toDbTimestamp } from '@union/kit';
import { as, enroll, expectError, nextIdNumber, PROVINCE_ADMIN, startHarness, type Harness } from './harness';

const LIST = `query($filter: MemberFilter, $first: Int, $after: String) {
  members(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id name gender age ageBand isMigrantWorker idNumberMasked phoneMasked cardNumber status
            region { code } organization { id } verification { status } history { action fields actor } } } }`;
const PII = `query($id: ID!) { member(id: $id) { idNumber phone birthDate idNumberMasked } }`;

describe.each(testDialects())('members on %s', (dialect) => {
  let h: Harness;
  const ids: Record<string, { memberId: string; idNumber: string }> = {};
  beforeAll(async () => {
    h = await startHarness(dialect);
    ids.tianhe1 = await enroll(h, { orgId: h.tree.factory, name: '陈伟' });
    ids.tianhe2 = await enroll(h, {
      orgId: h.tree.factory,
      name: '陈芳',
      idNumber: nextIdNumber({ female: true, age: 22 }),
    });
    ids.tianhe3 = await enroll(h, { orgId: h.tree.bakery, name: '黄敏', hukouType: 'URBAN' });
    ids.nanshan1 = await enroll(h, { orgId: h.tree.shop, name: '李强' });
    ids.nanshan2 = await enroll(h, { orgId: h.tree.shop, name: '陈静' });
  });
  afterAll(() => h.close());

  it('lists only members inside the caller scope, with filters and cursors', async () => {
    const gz = as('FEDERATION_ADMIN', { region: '4401' });
    const all = await h.gql(gz, LIST, { first: 100 });
    expect(all.errors).toBeUndefined();
    expect(all.data.members.totalCount).toBe(3);
    expect(all.data.members.nodes.every((n: any) => n.region.code.startsWith('4401'))).toBe(true);
    const outside = await h.gql(gz, LIST, { filter: { regionPrefix: '4403' } });
    expect(outside.data.members.nodes).toEqual([]);
    const org = await h.gql(as('ORG_ADMIN', { org: h.tree.shop }), LIST, {});
    expect(org.data.members.nodes.map((n: any) => n.name).sort()).toEqual(['李强', '陈静']);
    const chen = await h.gql(PROVINCE_ADMIN, LIST, { filter: { namePrefix: '陈', migrantWorker: true } });
    expect(chen.data.members.nodes.map((n: any) => n.name).sort()).toEqual(['陈伟', '陈芳', '陈静']);
    const young = await h.gql(PROVINCE_ADMIN, LIST, { filter: { ageBand: 'AGE_18_25' } });
    expect(young.data.members.nodes.map((n: any) => n.name)).toEqual(['陈芳']);
    expect(young.data.members.nodes[0]).toMatchObject({ gender: 'FEMALE', ageBand: 'AGE_18_25' });
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: any = await h.gql(PROVINCE_ADMIN, LIST, { first: 2, after });
      seen.push(...page.data.members.nodes.map((n: any) => n.id));
      if (!page.data.members.pageInfo.hasNextPage) break;
      after = page.data.members.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(5);
    expect(seen).toHaveLength(5);
    expectError(await h.gql(PROVINCE_ADMIN, LIST, { first: 101 }), 'BAD_USER_INPUT', 'first');
  });

  it('answers a list page in a constant number of statements', async () => {
    const counts: number[] = [];
    for (const first of [1, 5]) {
      h.queries.length = 0;
      const result = await h.gql(PROVINCE_ADMIN, LIST, { first });
      expect(result.errors).toBeUndefined();
      counts.push(h.queries.length);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[1]).toBeLessThanOrEqual(3);
  });

  it('pages Organization.members for a whole list of organizations in constant statements, scoped', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization {
      members(first: 1) { totalCount pageInfo { hasNextPage } nodes { name region { code } } } } } }`;
    const reps = (ids: string[]) => ids.map((id) => ({ __typename: 'Organization', id }));
    h.queries.length = 0;
    const one = await h.gql(PROVINCE_ADMIN, query, { r: reps([h.tree.factory]) });
    const single = h.queries.length;
    h.queries.length = 0;
    const three = await h.gql(PROVINCE_ADMIN, query, {
      r: reps([h.tree.factory, h.tree.bakery, h.tree.shop]),
    });
    expect(h.queries.length).toBe(single);
    expect(one.data._entities[0].members.totalCount).toBe(2);
    expect(
      three.data._entities.map((o: any) => [o.members.totalCount, o.members.pageInfo.hasNextPage]),
    ).toEqual([
      [2, true],
      [1, false],
      [2, true],
    ]);
    const gz = await h.gql(as('FEDERATION_ADMIN', { region: '4401' }), query, {
      r: reps([h.tree.factory, h.tree.shop]),
    });
    expect(gz.data._entities[1].members).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false },
      nodes: [],
    });
  });

  it('hides members outside scope: single reads FORBIDDEN, references FORBIDDEN, SERVICE sees all', async () => {
    const sz = as('FEDERATION_ADMIN', { region: '4403' });
    const single = await h.gql(sz, '{ member(id: "' + ids.tianhe1!.memberId + '") { id } }');
    expect(single.data.member).toBeNull();
    expectError(single, 'FORBIDDEN');
    const ref = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Member { id gender age isMigrantWorker region { code } } } }`;
    const reps = [ids.tianhe1!.memberId, ids.nanshan1!.memberId].map((id) => ({ __typename: 'Member', id }));
    const viaRef = await h.gql(sz, ref, { r: reps });
    expect(viaRef.data._entities[0]).toBeNull();
    expect(viaRef.data._entities[1].id).toBe(ids.nanshan1!.memberId);
    expectError(viaRef, 'FORBIDDEN');
    const service = await h.gql(as('SERVICE'), ref, { r: reps });
    expect(service.errors).toBeUndefined();
    expect(service.data._entities.map((e: any) => e.region.code)).toEqual(['440106', '440305']);
    const me = await h.gql(
      as('MEMBER', { member: ids.tianhe1!.memberId }),
      '{ me { id name } members { nodes { id } } }',
    );
    expect(me.data.me.name).toBe('陈伟');
    expect(me.data.members.nodes).toEqual([{ id: ids.tianhe1!.memberId }]);
  });

  it('shows personal numbers only with pii:read inside scope, auditing every read', async () => {
    const id = ids.tianhe1!.memberId;
    const masked = await h.gql(PROVINCE_ADMIN, PII, { id });
    expect(masked.data.member.idNumber).toBeNull();
    expect(masked.data.member.birthDate).toBeNull();
    expect(masked.data.member.idNumberMasked).toMatch(/^4401\*{10}/);
    expectError(masked, 'FORBIDDEN');
    const reader = as('FEDERATION_ADMIN', { region: '4401', perms: ['pii:read'], sub: 'officer-1' });
    const full = await h.gql(reader, PII, { id });
    expect(full.errors).toBeUndefined();
    expect(full.data.member.idNumber).toBe(ids.tianhe1!.idNumber);
    expect(full.data.member.phone).toMatch(/^138\d{8}$/);
    const outsider = as('FEDERATION_ADMIN', { region: '4403', perms: ['pii:read'] });
    const denied = await h.gql(outsider, PII, { id });
    expect(denied.data.member).toBeNull();
    const byNumber = `query($n: String!) { memberByIdNumber(idNumber: $n) { id } }`;
    expectError(await h.gql(PROVINCE_ADMIN, byNumber, { n: ids.tianhe1!.idNumber }), 'FORBIDDEN');
    expectError(await h.gql(outsider, byNumber, { n: ids.tianhe1!.idNumber }), 'FORBIDDEN');
    const found = await h.gql(reader, byNumber, { n: ids.tianhe1!.idNumber });
    expect(found.data.memberByIdNumber.id).toBe(id);
    expectError(await h.gql(reader, byNumber, { n: '123' }), 'BAD_USER_INPUT', 'idNumber');

    const log = `{ piiAccessLog(first: 100) { totalCount nodes { actor actorRole memberId field requestId } } }`;
    expectError(await h.gql(PROVINCE_ADMIN, log), 'FORBIDDEN');
    const audit = await h.gql(as('AUDITOR', { region: '4401' }), log);
    const rows = audit.data.piiAccessLog.nodes.filter((n: any) => n.actor === 'officer-1');
    expect(rows.map((r: any) => r.field).sort()).toEqual(['BIRTH_DATE', 'ID_NUMBER', 'ID_NUMBER', 'PHONE']);
    expect(rows.every((r: any) => r.memberId === id && r.requestId.length > 0)).toBe(true);
    const elsewhere = await h.gql(as('AUDITOR', { region: '4403' }), log);
    expect(elsewhere.data.piiAccessLog.totalCount).toBe(0);
  });

  it('counts figures in the database and refuses figures outside the jurisdiction', async () => {
    const stats = `query($code: ID!) { _entities(representations: [{ __typename: "Region", code: $code }]) {
      ... on Region { memberStats { total active migrantWorkers women newGeneration pendingApplications
        byAgeBand { ageBand count } byEducation { education count } byChildRegion { region { code } total active } } } } }`;
    const province = await h.gql(PROVINCE_ADMIN, stats, { code: '44' });
    expect(province.errors).toBeUndefined();
    const s = province.data._entities[0].memberStats;
    expect(s).toMatchObject({ total: 5, active: 5, migrantWorkers: 4, women: 1 });
    expect(s.byChildRegion).toEqual([
      { region: { code: '4401' }, total: 3, active: 3 },
      { region: { code: '4403' }, total: 2, active: 2 },
    ]);
    expect(s.byAgeBand.reduce((n: number, b: any) => n + b.count, 0)).toBe(5);
    const gz = as('FEDERATION_ADMIN', { region: '4401' });
    const denied = await h.gql(gz, stats, { code: '44' });
    expect(denied.data._entities[0].memberStats).toBeNull();
    expectError(denied, 'FORBIDDEN');
    const orgStats = `query($id: ID!) { _entities(representations: [{ __typename: "Organization", id: $id }]) {
      ... on Organization { memberStats { total active migrantWorkers women } } } }`;
    const own = await h.gql(gz, orgStats, { id: h.tree.factory });
    expect(own.data._entities[0].memberStats).toEqual({ total: 2, active: 2, migrantWorkers: 2, women: 1 });
    expectError(await h.gql(gz, orgStats, { id: h.tree.shop }), 'FORBIDDEN');
  });

  it('updates with expectedVersion, keeps history without values, and lets members edit their profile', async () => {
    const id = ids.tianhe3!.memberId;
    const update = `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { member { version education occupation } } }`;
    const ok = await h.gql(PROVINCE_ADMIN, update, {
      input: { id, expectedVersion: 1, education: 'BACHELOR', occupation: '工程师' },
    });
    expect(ok.data.updateMember.member).toEqual({ version: 2, education: 'BACHELOR', occupation: '工程师' });
    expectError(
      await h.gql(PROVINCE_ADMIN, update, { input: { id, expectedVersion: 1, occupation: 'x' } }),
      'CONFLICT',
    );
    expectError(
      await h.gql(as('FEDERATION_ADMIN', { region: '4403' }), update, {
        input: { id, expectedVersion: 2, occupation: 'x' },
      }),
      'FORBIDDEN',
    );
    const profile = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { member { phoneMasked skillLevel version } } }`;
    const me = as('MEMBER', { member: id });
    const mine = await h.gql(me, profile, { input: { phone: '13900001111', skillLevel: 'SENIOR_WORKER' } });
    expect(mine.data.updateMyProfile.member).toEqual({
      phoneMasked: '139****1111',
      skillLevel: 'SENIOR_WORKER',
      version: 3,
    });
    expectError(await h.gql(me, profile, { input: { phone: '1390000' } }), 'BAD_USER_INPUT', 'input.phone');
    const history = await h.gql(
      PROVINCE_ADMIN,
      `{ member(id: "${id}") { history { action fields actor } } }`,
    );
    expect(history.data.member.history.slice(0, 2)).toEqual([
      { action: 'PROFILE_UPDATED', fields: ['phone', 'skillLevel'], actor: 'test-member' },
      { action: 'UPDATED', fields: ['education', 'occupation'], actor: 'test-federation_admin' },
    ]);
    const rows = await h.db.selectFrom('member_history').select('fields').execute();
    expect(JSON.stringify(rows)).not.toMatch(/13900001111|工程师/);
  });

  it('verifies at county level or above and moves status with a reason through a state machine', async () => {
    const id = ids.nanshan2!.memberId;
    const verify = `mutation($id: ID!) { verifyMember(input: { id: $id }) { member { verification { status decidedBy } } } }`;
    expectError(await h.gql(as('FEDERATION_ADMIN', { region: '440305001' }), verify, { id }), 'FORBIDDEN');
    expectError(await h.gql(as('ORG_ADMIN', { org: h.tree.shop }), verify, { id }), 'FORBIDDEN');
    const county = as('FEDERATION_ADMIN', { region: '440305', sub: 'nanshan-officer' });
    const verified = await h.gql(county, verify, { id });
    expect(verified.data.verifyMember.member.verification).toEqual({
      status: 'VERIFIED',
      decidedBy: 'nanshan-officer',
    });
    const status = `mutation($input: ChangeMemberStatusInput!) { changeMemberStatus(input: $input) { member { status statusReason } } }`;
    const lapsed = await h.gql(county, status, {
      input: { id, status: 'LAPSED', reason: '连续六个月未缴会费' },
    });
    expect(lapsed.data.changeMemberStatus.member).toEqual({
      status: 'LAPSED',
      statusReason: '连续六个月未缴会费',
    });
    const illegal = await h.gql(county, status, { input: { id, status: 'TRANSFERRING', reason: 'x' } });
    expect(expectError(illegal, 'INVALID_STATE_TRANSITION').extensions).toMatchObject({
      currentState: 'LAPSED',
      requestedState: 'TRANSFERRING',
    });
    const stats = await h.gql(
      PROVINCE_ADMIN,
      `{ _entities(representations: [{ __typename: "Region", code: "440305" }]) { ... on Region { memberStats { total active } } } }`,
    );
    expect(stats.data._entities[0].memberStats).toEqual({ total: 2, active: 1 });
  });

  it('pages Member.history in SQL: newest first, cut to `first`, one statement per page size', async () => {
    const a = await enroll(h, { orgId: h.tree.bakery, name: '何历' });
    const b = await enroll(h, { orgId: h.tree.bakery, name: '何史' });
    const extra = (memberId: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: newId(),
        member_id: memberId,
        region_code: '440106',
        action: `TEST_${i}`,
        fields: '["name"]',
        actor: 'test',
        request_id: 'test',
        created_at: toDbTimestamp(),
      }));
    await h.db.insertInto('member_history').values(extra(a.memberId, 30)).execute();
    await h.db.insertInto('member_history').values(extra(b.memberId, 2)).execute();
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Member {
      id recent: history(first: 3) { action } all: history(first: 100) { action } } } }`;
    const historyStatements = () => h.queries.filter((q) => /member_history/i.test(q)).length;
    h.queries.length = 0;
    const one = await h.gql(PROVINCE_ADMIN, query, { r: [{ __typename: 'Member', id: a.memberId }] });
    expect(one.errors).toBeUndefined();
    const single = historyStatements();
    h.queries.length = 0;
    const two = await h.gql(PROVINCE_ADMIN, query, {
      r: [a, b].map((m) => ({ __typename: 'Member', id: m.memberId })),
    });
    expect(historyStatements()).toBe(single);
    expect(single).toBe(2);
    // Cut in SQL (LIMIT per member), not after loading the whole history.
    expect(h.queries.filter((q) => /member_history/i.test(q)).every((q) => /\blimit\b/i.test(q))).toBe(true);
    const [ha, hb] = two.data._entities;
    expect(ha.recent.map((e: any) => e.action)).toEqual(['TEST_29', 'TEST_28', 'TEST_27']);
    expect(ha.all).toHaveLength(31);
    expect(hb.recent.map((e: any) => e.action)).toEqual(['TEST_1', 'TEST_0', 'JOINED']);
    expect(hb.all).toHaveLength(3);
  });

  it('never writes an ID number or phone into a log line', () => {
    const text = h.logLines.join('\n');
    for (const { idNumber } of Object.values(ids)) expect(text).not.toContain(idNumber);
    expect(text).not.toMatch(/\d{17}[\dX]/);
  });
});
