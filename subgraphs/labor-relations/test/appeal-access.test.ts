import { testDialects } from '@union/kit';
import {
  APPEAL_FIELDS,
  A,
  buildAppealWorld,
  CITY_ADMIN,
  DISTRICT_ADMIN,
  expectCountersMatchRecount,
  GZ_AUDITOR,
  member,
  PROVINCE,
  readAppeal,
  startLoggedHarness,
  submit,
  SZ_ADMIN,
  type AppealWorld,
} from './appeal-fixture';
import { as, expectError, ok, type Harness } from './harness';

const PHONE = '13912345678';
const NAME = '李小梅';

describe.each(testDialects())('worker appeals: scope and personal data on %s', (dialect) => {
  let h: Harness & { logs: string[] };
  let w: AppealWorld;
  let anon: { number: string; followUpCode: string };
  let anonId: string;
  let own: string;
  beforeAll(async () => {
    h = await startLoggedHarness(dialect);
    w = buildAppealWorld(h);
    const data = ok(
      await submit(h, null, {
        kind: 'HELP_REQUEST',
        category: 'HARDSHIP_ASSISTANCE',
        summary: '家中困难求助',
        details: `请回电 ${PHONE}`.replace(PHONE, '本人手机'),
        regionCode: '440106',
        callerName: NAME,
        callerPhone: PHONE,
      }),
    );
    anon = data.submitAppeal;
    anonId = (
      await h.db
        .selectFrom('worker_appeals')
        .select('id')
        .where('appeal_number', '=', anon.number)
        .executeTakeFirstOrThrow()
    ).id;
    own = ok(await submit(h, member(w.factoryMembers[0]!), {})).submitAppeal.appeal.id;
  });
  afterAll(() => h.close());

  it('an anonymous caller gets a number and a one-time code, and nothing else', async () => {
    expect(anon.number).toMatch(/^4401-SQ-\d{4}-\d{6}$/);
    expect(anon.followUpCode).toMatch(/^[2-9A-Z]{12}$/);
    expect((anon as any).appeal).toBeNull();
    const row = await h.db
      .selectFrom('worker_appeals')
      .selectAll()
      .where('id', '=', anonId)
      .executeTakeFirstOrThrow();
    // Stored encrypted with a blind index; the code only as a scrypt hash.
    expect(JSON.stringify(row)).not.toContain(PHONE);
    expect(JSON.stringify(row)).not.toContain(NAME);
    expect(JSON.stringify(row)).not.toContain(anon.followUpCode);
    expect(row.follow_up_hash).toMatch(/^scrypt\$/);
    expect(row.caller_phone_index).toMatch(/^[0-9a-f]{32}$/);
  });

  it('appealStatus answers the right number and code only, without personal data', async () => {
    const q = `query($n: String!, $c: String!) { appealStatus(number: $n, code: $c) { number status kind category channel dueAt isOverdue timeline { kind toStatus at } } }`;
    const right = ok(await h.gql(null, q, { n: anon.number, c: anon.followUpCode.toLowerCase() }));
    expect(right.appealStatus).toMatchObject({
      number: anon.number,
      status: 'RECEIVED',
      channel: 'WEB',
      timeline: [{ kind: 'RECEIVED' }],
    });
    expect(JSON.stringify(right)).not.toMatch(new RegExp(`${PHONE}|${NAME}|家中`));
    expect(ok(await h.gql(null, q, { n: anon.number, c: 'WRONGCODE234' })).appealStatus).toBeNull();
    expect(
      ok(await h.gql(null, q, { n: '4401-SQ-2000-000001', c: anon.followUpCode })).appealStatus,
    ).toBeNull();
    // A member's appeal has no code: nothing to guess.
    const ownNumber = ok(await readAppeal(h, member(w.factoryMembers[0]!), own)).workerAppeal.number;
    expect(ok(await h.gql(null, q, { n: ownNumber, c: anon.followUpCode })).appealStatus).toBeNull();
    expectError(await h.gql(null, q, { n: "x' or 1=1 --", c: 'ABCD' }), 'BAD_USER_INPUT', 'number');
    // Everything else stays closed to anonymous callers.
    expectError(await readAppeal(h, null, anonId), 'UNAUTHENTICATED');
  });

  it('staff see the caller masked; the full name and phone need pii:read, and every full read is audited', async () => {
    const masked = ok(await readAppeal(h, CITY_ADMIN, anonId)).workerAppeal;
    expect(masked).toMatchObject({
      callerNameMasked: '李**',
      callerPhoneMasked: '139****5678',
      channel: 'WEB',
    });
    const full = `query($id: ID!) { workerAppeal(id: $id) { callerName callerPhone callerAppealCount } }`;
    const refused = await h.gql(CITY_ADMIN, full, { id: anonId });
    expectError(refused, 'FORBIDDEN');
    expect(await h.db.selectFrom('appeal_pii_access_log').selectAll().execute()).toHaveLength(0);
    const reader = as('FEDERATION_ADMIN', { region: '4401', perms: ['pii:read'], sub: 'pii-reader' });
    const data = ok(await h.gql(reader, full, { id: anonId }));
    expect(data.workerAppeal).toEqual({ callerName: NAME, callerPhone: PHONE, callerAppealCount: 1 });
    const audit = await h.db.selectFrom('appeal_pii_access_log').selectAll().execute();
    expect(audit.map((r) => [r.appeal_id, r.field, r.actor]).sort()).toEqual([
      [anonId, 'CALLER_NAME', 'pii-reader'],
      [anonId, 'CALLER_PHONE', 'pii-reader'],
    ]);
    // Outside the reader's region the grant does not help.
    const szReader = as('FEDERATION_ADMIN', { region: '4403', perms: ['pii:read'] });
    expectError(await h.gql(szReader, full, { id: anonId }), 'FORBIDDEN');
  });

  it('a repeat caller is found by the blind index of the phone', async () => {
    const reg = `mutation($input: RegisterAppealInput!) { registerAppeal(input: $input) { appeal { id channel handlerRegion { code } callerAppealCount callerPhoneMasked } } }`;
    const data = ok(
      await h.gql(CITY_ADMIN, reg, {
        input: {
          channel: 'HOTLINE_12351',
          kind: 'CONSULTATION',
          category: 'LEGAL_AID',
          summary: '再次来电',
          regionCode: '440106',
          callerPhone: PHONE,
        },
      }),
    );
    expect(data.registerAppeal.appeal).toMatchObject({
      channel: 'HOTLINE_12351',
      handlerRegion: { code: '4401' },
      callerAppealCount: 2,
    });
    expectError(
      await h.gql(CITY_ADMIN, reg, {
        input: {
          channel: 'WALK_IN',
          kind: 'CONSULTATION',
          category: 'OTHER',
          summary: '深圳',
          regionCode: '4403',
          callerPhone: PHONE,
        },
      }),
      'FORBIDDEN',
    );
    await expectCountersMatchRecount(h);
  });

  it('appeal write links: submitAppeal and registerAppeal input.organizationId, input.memberId, input.regionCode', async () => {
    const reg = `mutation($input: RegisterAppealInput!) { registerAppeal(input: $input) { appeal { id region { code } handler { id } } } }`;
    const base = {
      channel: 'WALK_IN',
      kind: 'HELP_REQUEST',
      category: 'LEGAL_AID',
      summary: '来访求助',
      callerPhone: PHONE,
    };
    const count = async () => (await h.db.selectFrom('worker_appeals').select('id').execute()).length;
    const before = await count();
    // Unknown rows → NOT_FOUND naming the field.
    expectError(
      await submit(h, null, { callerPhone: PHONE, organizationId: 'no-such-org' }),
      'NOT_FOUND',
      'input.organizationId',
    );
    expectError(
      await h.gql(CITY_ADMIN, reg, { input: { ...base, regionCode: '4401', organizationId: 'no-such-org' } }),
      'NOT_FOUND',
      'input.organizationId',
    );
    expectError(
      await h.gql(CITY_ADMIN, reg, { input: { ...base, regionCode: '4401', memberId: 'no-such-member' } }),
      'NOT_FOUND',
      'input.memberId',
    );
    // A region outside the registering federation's → FORBIDDEN; one that contradicts the organization → BAD_USER_INPUT.
    expectError(await h.gql(CITY_ADMIN, reg, { input: { ...base, regionCode: '4403' } }), 'FORBIDDEN');
    expectError(
      await h.gql(CITY_ADMIN, reg, { input: { ...base, regionCode: '4401', organizationId: w.shop } }),
      'BAD_USER_INPUT',
      'input.regionCode',
    );
    expectError(
      await submit(h, null, { callerPhone: PHONE, regionCode: '4403', organizationId: w.factory }),
      'BAD_USER_INPUT',
      'input.regionCode',
    );
    // An ORG_ADMIN registers for its own organization, in its region only.
    const factoryAdmin = as('ORG_ADMIN', { org: w.factory });
    expectError(
      await h.gql(factoryAdmin, reg, { input: { ...base, regionCode: '440305' } }),
      'BAD_USER_INPUT',
      'input.regionCode',
    );
    expect(await count()).toBe(before);
    const walkIn = ok(await h.gql(factoryAdmin, reg, { input: { ...base, memberId: w.factoryMembers[2] } }))
      .registerAppeal.appeal;
    expect(walkIn).toMatchObject({ region: { code: '440106001' }, handler: { id: w.factory } });
  });

  it('scope on every path: another member, another city, an ORG_ADMIN elsewhere, _entities, lists', async () => {
    // Another member of the same union.
    expectError(await readAppeal(h, member(w.factoryMembers[1]!), own), 'FORBIDDEN');
    expectError(await readAppeal(h, SZ_ADMIN, own), 'FORBIDDEN');
    expectError(await readAppeal(h, as('ORG_ADMIN', { org: w.shop }), own), 'FORBIDDEN');
    expect(ok(await readAppeal(h, GZ_AUDITOR, own)).workerAppeal.id).toBe(own);
    expect(ok(await readAppeal(h, PROVINCE, 'no-such-appeal')).workerAppeal).toBeNull();
    const ents = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on WorkerAppeal { id summary } } }`;
    const reps = [
      { __typename: 'WorkerAppeal', id: own },
      { __typename: 'WorkerAppeal', id: anonId },
    ];
    const sz = await h.gql(SZ_ADMIN, ents, { reps });
    expect(sz.data?._entities).toEqual([null, null]);
    expectError(sz, 'FORBIDDEN');
    const mine = await h.gql(member(w.factoryMembers[0]!), ents, { reps });
    expect(mine.data?._entities).toEqual([{ id: own, summary: '拖欠两个月工资' }, null]);
    // Lists never contain rows outside scope; filters narrow, never widen.
    const list = `query($f: WorkerAppealFilter) { appeals(filter: $f, first: 100) { totalCount nodes { id } } }`;
    expect(ok(await h.gql(SZ_ADMIN, list, { f: { regionPrefix: '44' } })).appeals.totalCount).toBe(0);
    expect(ok(await h.gql(member(w.factoryMembers[1]!), list, {})).appeals.totalCount).toBe(0);
    expect(ok(await h.gql(member(w.factoryMembers[0]!), list, {})).appeals.nodes).toEqual([{ id: own }]);
    const memberAppeals = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Member { appeals { id } } } }`;
    const other = ok(
      await h.gql(member(w.factoryMembers[1]!), memberAppeals, {
        reps: [{ __typename: 'Member', id: w.factoryMembers[0] }],
      }),
    );
    expect(other._entities[0].appeals).toEqual([]);
    // Region figures: the whole region only.
    const stats = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Region { appealStats { open } } } }`;
    expectError(
      await h.gql(DISTRICT_ADMIN, stats, { reps: [{ __typename: 'Region', code: '4401' }] }),
      'FORBIDDEN',
    );
    expectError(
      await h.gql(member(w.factoryMembers[0]!), stats, { reps: [{ __typename: 'Region', code: '4401' }] }),
      'FORBIDDEN',
    );
    expect(
      ok(await h.gql(CITY_ADMIN, stats, { reps: [{ __typename: 'Region', code: '4401' }] }))._entities[0]
        .appealStats.open,
    ).toBeGreaterThan(0);
    // Workflow writes by a bystander.
    expectError(await A.accept(h, member(w.factoryMembers[0]!), own), 'FORBIDDEN');
    expectError(await A.accept(h, GZ_AUDITOR, own), 'FORBIDDEN');
    expectError(await A.accept(h, DISTRICT_ADMIN, own), 'FORBIDDEN'); // the city line holds it
  });

  it('no caller phone or name in any log line, internal failures included', async () => {
    // An internal failure while the phone is in the request: logged (masked to the client), never with the phone.
    const real = h.facts.organization.bind(h.facts);
    h.facts.organization = async () => {
      throw new Error('organizations subgraph unreachable');
    };
    try {
      const failed = await submit(h, null, {
        callerName: NAME,
        callerPhone: PHONE,
        organizationId: w.factory,
      });
      expectError(failed, 'INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(failed)).not.toContain(PHONE);
    } finally {
      h.facts.organization = real;
    }
    expectError(
      await submit(h, null, { callerName: NAME, callerPhone: `${PHONE}9`, regionCode: '4401' }),
      'BAD_USER_INPUT',
      'input.callerPhone',
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(h.logs.length).toBeGreaterThan(0);
    const all = h.logs.join('\n');
    expect(all).not.toContain(PHONE);
    expect(all).not.toContain(PHONE.slice(3));
    expect(all).not.toContain(NAME);
  });

  it('lists with nested fields take a constant number of statements', async () => {
    for (let i = 0; i < 30; i++) {
      const id = ok(await submit(h, member(w.factoryMembers[i % 4]!), { summary: `诉求 ${i}` })).submitAppeal
        .appeal.id;
      if (i % 3 === 0) ok(await A.accept(h, CITY_ADMIN, id));
    }
    const q = `query($n: Int) { appeals(first: $n, filter: { regionPrefix: "4401" }) { totalCount nodes { ${APPEAL_FIELDS} callerAppealCount } } }`;
    const run = async (n: number) => {
      h.queries.length = 0;
      const data = ok(await h.gql(CITY_ADMIN, q, { n }));
      return { nodes: data.appeals.nodes.length, statements: h.queries.length };
    };
    const few = await run(3);
    const many = await run(30);
    expect(many.nodes).toBe(30);
    // page + count + timeline + caller counts (the dispute field reads nothing when no appeal has one).
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(4);
    const orgQ = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization {
      appeals(role: CONCERNED, first: 5) { id timeline { kind } } laborRelations { openAppeals rightsComplaintsLast90Days } } } }`;
    h.queries.length = 0;
    const orgs = ok(
      await h.gql(CITY_ADMIN, orgQ, {
        reps: [w.factory, w.shop, w.cityFederation].map((id) => ({ __typename: 'Organization', id })),
      }),
    );
    expect(orgs._entities[0].appeals).toHaveLength(5);
    expect(orgs._entities[0].laborRelations.openAppeals).toBeGreaterThan(20);
    expect(orgs._entities[0].laborRelations.rightsComplaintsLast90Days).toBeGreaterThan(20);
    const orgStatements = h.queries.filter((s) => /worker_appeals|appeal_events/.test(s)).length;
    expect(orgStatements).toBe(3); // appeals per organization, their timelines, the appeal figures
  });
});
