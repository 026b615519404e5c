import { testDialects } from '@union/kit';
import {
  APPEAL_ACTIONS,
  APPEAL_STATUSES,
  type AppealAction,
  type AppealStatus,
} from '../src/appeal/appeal-status';
import { addDays, today } from '../src/shared/dates';
import {
  A,
  buildAppealWorld,
  CITY_ADMIN,
  DISTRICT_ADMIN,
  expectCountersMatchRecount,
  member,
  PROVINCE,
  readAppeal,
  submit,
  SZ_ADMIN,
  type AppealWorld,
} from './appeal-fixture';
import { as, expectError, ok, startHarness, type Harness } from './harness';

describe.each(testDialects())('worker appeals: the workflow on %s', (dialect) => {
  let h: Harness;
  let w: AppealWorld;
  beforeAll(async () => {
    h = await startHarness(dialect);
    w = buildAppealWorld(h);
  });
  afterAll(() => h.close());
  afterEach(() => h.setNow(null));

  async function memberAppeal(input: Record<string, unknown> = {}) {
    const data = ok(await submit(h, member(w.factoryMembers[0]!), input));
    return data.submitAppeal.appeal;
  }

  it('a member submits from the app: a number per city and year, received by the city line, due by its kind', async () => {
    const a = await memberAppeal();
    expect(a.number).toMatch(new RegExp(`^4401-SQ-${today().slice(0, 4)}-\\d{6}$`));
    expect(a).toMatchObject({
      channel: 'APP',
      status: 'RECEIVED',
      member: { id: w.factoryMembers[0] },
      organization: { id: w.factory },
      region: { code: '440106001' },
      handler: null,
      handlerRegion: { code: '4401' },
      dueAt: addDays(today(), 15),
      isOverdue: false,
      callerPhoneMasked: null,
      timeline: [{ kind: 'RECEIVED', toStatus: 'RECEIVED', actorRole: 'MEMBER' }],
    });
    const consultation = await memberAppeal({ kind: 'CONSULTATION', category: 'SOCIAL_INSURANCE' });
    expect(consultation.dueAt).toBe(addDays(today(), 3));
    await expectCountersMatchRecount(h);
  });

  it('walks RECEIVED → ACCEPTED → DISPATCHED → IN_PROGRESS → RESOLVED → CALLED_BACK → CLOSED; the member sees the public timeline', async () => {
    const a = await memberAppeal();
    ok(await A.accept(h, CITY_ADMIN, a.id));
    await expectCountersMatchRecount(h);
    const dispatched = ok(await A.dispatch(h, CITY_ADMIN, a.id, w.districtFederation)).dispatchAppeal.appeal;
    expect(dispatched).toMatchObject({
      status: 'DISPATCHED',
      handler: { id: w.districtFederation },
      handlerRegion: { code: '440106' },
    });
    await expectCountersMatchRecount(h);
    const started = ok(await A.start(h, DISTRICT_ADMIN, a.id)).startAppeal.appeal;
    expect(started.assignee).toBe(DISTRICT_ADMIN.sub);
    ok(await A.note(h, DISTRICT_ADMIN, a.id, '内部：企业负责人电话已核实'));
    ok(await A.note(h, DISTRICT_ADMIN, a.id, '已约企业面谈', { public: true }));
    ok(await A.resolve(h, DISTRICT_ADMIN, a.id));
    await expectCountersMatchRecount(h);
    // Nothing closes without a call-back record.
    expectError(await A.close(h, DISTRICT_ADMIN, a.id), 'INVALID_STATE_TRANSITION');
    ok(await A.callBack(h, DISTRICT_ADMIN, a.id, 'SATISFIED'));
    const closed = ok(await A.close(h, CITY_ADMIN, a.id)).closeAppeal.appeal;
    expect(closed).toMatchObject({ status: 'CLOSED', satisfaction: 'SATISFIED', allowedTransitions: [] });
    await expectCountersMatchRecount(h);

    const staff = ok(await readAppeal(h, CITY_ADMIN, a.id)).workerAppeal;
    expect(staff.timeline.map((e: any) => e.toStatus ?? e.kind)).toEqual([
      'RECEIVED',
      'ACCEPTED',
      'DISPATCHED',
      'IN_PROGRESS',
      'NOTE',
      'NOTE',
      'RESOLVED',
      'CALLED_BACK',
      'CLOSED',
    ]);
    const own = ok(await readAppeal(h, member(w.factoryMembers[0]!), a.id)).workerAppeal;
    const notes = own.timeline.map((e: any) => e.note).filter(Boolean);
    expect(notes).toContain('已约企业面谈');
    expect(notes).toContain('企业已补发工资');
    expect(JSON.stringify(own.timeline)).not.toContain('内部');
    expect(own.timeline.every((e: any) => e.actor === null)).toBe(true);
    expect(own.assignee).toBeNull();
  });

  /** A legal path from a fresh appeal to each status, run by the province admin. */
  async function appealIn(status: AppealStatus): Promise<{ id: string }> {
    const a = await memberAppeal();
    const steps: Record<AppealStatus, ((id: string) => Promise<unknown>)[]> = {
      RECEIVED: [],
      ACCEPTED: [(id) => A.accept(h, PROVINCE, id)],
      DISPATCHED: [
        (id) => A.accept(h, PROVINCE, id),
        (id) => A.dispatch(h, PROVINCE, id, w.districtFederation),
      ],
      IN_PROGRESS: [(id) => A.accept(h, PROVINCE, id), (id) => A.start(h, PROVINCE, id)],
      RESOLVED: [
        (id) => A.accept(h, PROVINCE, id),
        (id) => A.start(h, PROVINCE, id),
        (id) => A.resolve(h, PROVINCE, id),
      ],
      CALLED_BACK: [
        (id) => A.accept(h, PROVINCE, id),
        (id) => A.start(h, PROVINCE, id),
        (id) => A.resolve(h, PROVINCE, id),
        (id) => A.callBack(h, PROVINCE, id, 'BASICALLY_SATISFIED'),
      ],
      CLOSED: [
        (id) => A.accept(h, PROVINCE, id),
        (id) => A.start(h, PROVINCE, id),
        (id) => A.resolve(h, PROVINCE, id),
        (id) => A.callBack(h, PROVINCE, id),
        (id) => A.close(h, PROVINCE, id),
      ],
    };
    for (const step of steps[status]) ok((await step(a.id)) as any);
    return a;
  }

  const RUN: Record<Exclude<AppealAction, 'reopen'>, (id: string) => Promise<any>> = {
    accept: (id) => A.accept(h, PROVINCE, id),
    dispatch: (id) => A.dispatch(h, PROVINCE, id, w.factory),
    return: (id) => A.return(h, PROVINCE, id),
    start: (id) => A.start(h, PROVINCE, id),
    resolve: (id) => A.resolve(h, PROVINCE, id),
    callBack: (id) => A.callBack(h, PROVINCE, id),
    escalate: (id) => A.escalate(h, PROVINCE, id),
    close: (id) => A.close(h, PROVINCE, id),
  };

  it.each(APPEAL_STATUSES.map((s) => [s]))(
    'from %s: every action against the state table, an illegal one changes nothing',
    async (status) => {
      for (const action of Object.keys(RUN) as (keyof typeof RUN)[]) {
        const a = await appealIn(status);
        const before = ok(await readAppeal(h, PROVINCE, a.id)).workerAppeal;
        const result = await RUN[action](a.id);
        const rule = APPEAL_ACTIONS[action];
        const legal = (rule.from as readonly string[]).includes(status);
        if (legal && action !== 'escalate') {
          ok(result);
          const after = ok(await readAppeal(h, PROVINCE, a.id)).workerAppeal;
          expect([action, after.status]).toEqual([action, rule.to]);
        } else {
          // escalate is legal by status but needs an overdue appeal (or a second dissatisfaction).
          const error = expectError(result, 'INVALID_STATE_TRANSITION');
          expect(error.extensions).toMatchObject({ currentState: status, requestedState: rule.to });
          const after = ok(await readAppeal(h, PROVINCE, a.id)).workerAppeal;
          expect(after).toEqual(before);
        }
      }
      await expectCountersMatchRecount(h);
    },
  );

  it('dispatch goes down only, to a federation or union inside the dispatcher’s scope', async () => {
    const a = await memberAppeal();
    ok(await A.accept(h, CITY_ADMIN, a.id));
    // Another city's federation: outside the dispatcher's scope.
    expectError(await A.dispatch(h, CITY_ADMIN, a.id, w.szFederation), 'FORBIDDEN', 'input.organizationId');
    // The level that holds it (the city federation itself): not down.
    expectError(
      await A.dispatch(h, CITY_ADMIN, a.id, w.cityFederation),
      'BAD_USER_INPUT',
      'input.organizationId',
    );
    // Another district of the city: inside the scope but not where the appeal lies.
    expectError(
      await A.dispatch(h, CITY_ADMIN, a.id, w.otherDistrictFederation),
      'BAD_USER_INPUT',
      'input.organizationId',
    );
    expectError(
      await A.dispatch(h, CITY_ADMIN, a.id, 'no-such-organization'),
      'NOT_FOUND',
      'input.organizationId',
    );
    ok(await A.dispatch(h, CITY_ADMIN, a.id, w.districtFederation));
    ok(await A.start(h, DISTRICT_ADMIN, a.id));
    // The district sends it further down (to the factory's union), never back up to the city.
    expectError(
      await A.dispatch(h, DISTRICT_ADMIN, a.id, w.cityFederation),
      'FORBIDDEN',
      'input.organizationId',
    );
    expectError(
      await A.dispatch(h, PROVINCE, a.id, w.cityFederation),
      'BAD_USER_INPUT',
      'input.organizationId',
    );
    const down = ok(await A.dispatch(h, DISTRICT_ADMIN, a.id, w.factory)).dispatchAppeal.appeal;
    // The district no longer holds it but still reads it (its region); the factory's ORG_ADMIN holds it now.
    expect(down).toMatchObject({ status: 'DISPATCHED', handler: { id: w.factory } });
    const factoryAdmin = as('ORG_ADMIN', { org: w.factory });
    const returned = ok(await A.return(h, factoryAdmin, a.id)).returnAppeal.appeal;
    expect(returned).toBeNull(); // back with the district: outside the factory admin's scope now
    const back = ok(await readAppeal(h, DISTRICT_ADMIN, a.id)).workerAppeal;
    expect(back).toMatchObject({ status: 'ACCEPTED', handler: { id: w.districtFederation } });
    // Nobody outside the handler's line acts on it.
    expectError(await A.start(h, SZ_ADMIN, a.id), 'FORBIDDEN');
    expectError(await A.start(h, factoryAdmin, a.id), 'FORBIDDEN');
    expectError(await A.start(h, as('AUDITOR', { region: '44' }), a.id), 'FORBIDDEN');
    await expectCountersMatchRecount(h);
  });

  it('isOverdue by date on every read and filter, with the injectable clock; an overdue appeal escalates one level up', async () => {
    const a = await memberAppeal({ kind: 'CONSULTATION' }); // due in 3 days
    ok(await A.accept(h, CITY_ADMIN, a.id));
    ok(await A.dispatch(h, CITY_ADMIN, a.id, w.districtFederation));
    expectError(await A.escalate(h, DISTRICT_ADMIN, a.id), 'INVALID_STATE_TRANSITION');
    const list = `query($f: WorkerAppealFilter) { appeals(filter: $f, first: 100) { totalCount nodes { id isOverdue daysOverdue } } }`;
    const overdueIds = async () =>
      ok(await h.gql(CITY_ADMIN, list, { f: { overdue: true } })).appeals.nodes.map((n: any) => n.id);
    expect(await overdueIds()).not.toContain(a.id);
    const dueSoon = ok(await h.gql(CITY_ADMIN, list, { f: { dueWithinDays: 3 } })).appeals.nodes.map(
      (n: any) => n.id,
    );
    expect(dueSoon).toContain(a.id);

    h.setNow(new Date(Date.parse(`${addDays(today(), 5)}T04:00:00Z`)));
    const late = ok(await readAppeal(h, CITY_ADMIN, a.id)).workerAppeal;
    expect(late).toMatchObject({ isOverdue: true, daysOverdue: 2 });
    expect(await overdueIds()).toContain(a.id);
    const stats = ok(
      await h.gql(
        CITY_ADMIN,
        `{ _entities(representations: [{ __typename: "Region", code: "4401" }]) { ... on Region { appealStats { overdue open byKind { value overdue } } } } }`,
      ),
    );
    const s = stats._entities[0].appealStats;
    expect(s.overdue).toBeGreaterThanOrEqual(1);
    expect(s.byKind.find((k: any) => k.value === 'CONSULTATION').overdue).toBeGreaterThanOrEqual(1);

    const up = ok(await A.escalate(h, DISTRICT_ADMIN, a.id)).escalateAppeal.appeal;
    // Back with the city line (督办), a new due date from the (moved) today; the district still reads
    // it (the appeal lies in its region) but no longer acts on it.
    expect(up).toMatchObject({
      status: 'ACCEPTED',
      handler: null,
      handlerRegion: { code: '4401' },
      escalationCount: 1,
      isOverdue: false,
      dueAt: addDays(today(), 8),
    });
    expectError(await A.start(h, DISTRICT_ADMIN, a.id), 'FORBIDDEN');
    ok(await A.start(h, CITY_ADMIN, a.id));
    await expectCountersMatchRecount(h);
  });

  it('a first DISSATISFIED call-back reopens, a second allows escalation; UNREACHABLE needs three attempts', async () => {
    const a = await appealIn('RESOLVED');
    const reopened = ok(await A.callBack(h, PROVINCE, a.id, 'DISSATISFIED')).recordAppealCallBack.appeal;
    expect(reopened).toMatchObject({
      status: 'IN_PROGRESS',
      reopenCount: 1,
      satisfaction: null,
      outcome: null,
    });
    expect(reopened.timeline.slice(-2).map((e: any) => [e.fromStatus, e.toStatus])).toEqual([
      ['RESOLVED', 'CALLED_BACK'],
      ['CALLED_BACK', 'IN_PROGRESS'],
    ]);
    await expectCountersMatchRecount(h);
    ok(await A.resolve(h, PROVINCE, a.id));
    const again = ok(await A.callBack(h, PROVINCE, a.id, 'DISSATISFIED')).recordAppealCallBack.appeal;
    expect(again).toMatchObject({ status: 'CALLED_BACK', satisfaction: 'DISSATISFIED', reopenCount: 1 });
    const escalated = ok(await A.escalate(h, PROVINCE, a.id)).escalateAppeal.appeal;
    expect(escalated).toMatchObject({
      status: 'ACCEPTED',
      escalationCount: 1,
      handlerRegion: { code: '44' },
      handler: null,
    });
    await expectCountersMatchRecount(h);

    const b = await appealIn('RESOLVED');
    for (const attempt of [1, 2]) {
      const r = ok(await A.callBack(h, PROVINCE, b.id, 'UNREACHABLE')).recordAppealCallBack.appeal;
      expect(r).toMatchObject({ status: 'RESOLVED', callBackAttempts: attempt });
    }
    const third = ok(await A.callBack(h, PROVINCE, b.id, 'UNREACHABLE')).recordAppealCallBack.appeal;
    expect(third).toMatchObject({ status: 'CALLED_BACK', satisfaction: 'UNREACHABLE', callBackAttempts: 3 });
    ok(await A.close(h, PROVINCE, b.id));
    await expectCountersMatchRecount(h);
  });

  it('a member rates its own resolved appeal and adds information; another member may not', async () => {
    const a = await appealIn('RESOLVED');
    const rate = `mutation($input: RateAppealInput!) { rateAppeal(input: $input) { appeal { status satisfaction } } }`;
    expectError(
      await h.gql(member(w.factoryMembers[1]!), rate, { input: { id: a.id, satisfaction: 'SATISFIED' } }),
      'FORBIDDEN',
    );
    expectError(await A.note(h, member(w.factoryMembers[1]!), a.id, '补充材料'), 'FORBIDDEN');
    ok(await A.note(h, member(w.factoryMembers[0]!), a.id, '补充：工资条照片已上传'));
    const rated = ok(
      await h.gql(member(w.factoryMembers[0]!), rate, { input: { id: a.id, satisfaction: 'SATISFIED' } }),
    );
    expect(rated.rateAppeal.appeal).toEqual({ status: 'CALLED_BACK', satisfaction: 'SATISFIED' });
    await expectCountersMatchRecount(h);
  });

  it('converts an open appeal into a labor dispute, linked both ways, in one transaction', async () => {
    const a = await appealIn('IN_PROGRESS');
    const convert = `mutation($input: ConvertAppealToDisputeInput!) { convertAppealToDispute(input: $input) {
      appeal { id dispute { id caseNumber status claimants { id } appeal { id number } } } } }`;
    const data = ok(
      await h.gql(PROVINCE, convert, { input: { id: a.id, headcount: 3, amountClaimedCents: 900000 } }),
    );
    const dispute = data.convertAppealToDispute.appeal.dispute;
    expect(dispute).toMatchObject({
      status: 'REPORTED',
      claimants: [{ id: w.factoryMembers[0] }],
      appeal: { id: a.id },
    });
    expect(dispute.caseNumber).toMatch(/^4401-\d{4}-\d{6}$/);
    expectError(await h.gql(PROVINCE, convert, { input: { id: a.id } }), 'CONFLICT');
    await expectCountersMatchRecount(h);
  });

  it('linkAppealToServiceRequest input.serviceRequestId: checked with services against the caller', async () => {
    const a = await appealIn('IN_PROGRESS');
    const link = `mutation($input: LinkAppealToServiceRequestInput!) { linkAppealToServiceRequest(input: $input) {
      appeal { id serviceRequest { id } version } } }`;
    const own = h.facts.addServiceRequest(w.factory, 'LEGAL_AID');
    const shenzhen = h.facts.addServiceRequest(w.shop, 'LEGAL_AID');
    expectError(
      await h.gql(CITY_ADMIN, link, { input: { id: a.id, serviceRequestId: 'no-such-request' } }),
      'NOT_FOUND',
      'input.serviceRequestId',
    );
    expectError(
      await h.gql(PROVINCE, link, { input: { id: a.id, serviceRequestId: shenzhen } }),
      'BAD_USER_INPUT',
      'input.serviceRequestId',
    );
    const cityA = await appealIn('ACCEPTED');
    expectError(
      await h.gql(CITY_ADMIN, link, { input: { id: cityA.id, serviceRequestId: shenzhen } }),
      'FORBIDDEN',
      'input.serviceRequestId',
    );
    const linked = ok(await h.gql(PROVINCE, link, { input: { id: a.id, serviceRequestId: own } }));
    expect(linked.linkAppealToServiceRequest.appeal.serviceRequest).toEqual({ id: own });
    await expectCountersMatchRecount(h);
  });

  it('bad input is refused naming the field, and nothing is stored', async () => {
    const count = async () =>
      Number(
        (
          await h.db
            .selectFrom('worker_appeals')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    expectError(
      await submit(h, member(w.factoryMembers[0]!), { summary: 'x'.repeat(201) }),
      'BAD_USER_INPUT',
      'input.summary',
    );
    expectError(
      await submit(h, member(w.factoryMembers[0]!), { summary: '\u202e反转' }),
      'BAD_USER_INPUT',
      'input.summary',
    );
    expectError(
      await submit(h, member(w.factoryMembers[0]!), { callerPhone: '13812345678' }),
      'BAD_USER_INPUT',
      'input.callerPhone',
    );
    expectError(await submit(h, null, { regionCode: '4401' }), 'BAD_USER_INPUT', 'input.callerPhone');
    expectError(
      await submit(h, null, { callerPhone: '12345', regionCode: '4401' }),
      'BAD_USER_INPUT',
      'input.callerPhone',
    );
    expectError(
      await submit(h, null, { callerPhone: '13812345678', organizationId: 'nope' }),
      'NOT_FOUND',
      'input.organizationId',
    );
    expectError(await submit(h, CITY_ADMIN, { regionCode: '4401' }), 'FORBIDDEN');
    expect(await count()).toBe(before);
  });
});
