import { countRows, testDialects } from '@union/kit';
import {
  buildWorld,
  factoryAdmin,
  memberToken,
  MOVE,
  openProgram,
  REQUEST,
  SHENZHEN_ADMIN,
  shopAdmin,
  type World,
} from './fixture';
import { addMember, as, expectError, expectOk, startHarness, type Harness } from './harness';

const RATE = `mutation($input: RateServiceRequestInput!) { rateServiceRequest(input: $input) { request { rating ratingComment } } }`;
const TAKEN = `query($id: ID!) { serviceProgram(id: $id) { placesTaken capacity } }`;

describe.each(testDialects())('service requests on %s', (dialect) => {
  let h: Harness;
  let w: World;
  beforeAll(async () => {
    h = await startHarness(dialect);
    w = buildWorld(h);
  });
  afterAll(() => h.close());

  const ask = (memberId: string, programId: string) =>
    h.gql(memberToken(memberId), REQUEST, { input: { programId } });
  const move = (id: string, to: string, who = factoryAdmin(w), reason?: string) =>
    h.gql(who, MOVE, { input: { id, to, ...(reason ? { reason } : {}) } });

  it('takes a member through SUBMITTED → ACCEPTED → IN_PROGRESS → COMPLETED, then a rating', async () => {
    const program = await openProgram(h, {}, factoryAdmin(w));
    const asked = expectOk(await ask(w.alice, program)).requestService.request;
    expect(asked).toMatchObject({ status: 'SUBMITTED', member: { id: w.alice } });
    const row = await h.db
      .selectFrom('service_requests')
      .select(['org_id', 'region_code', 'member_id'])
      .where('id', '=', asked.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ org_id: w.factory, region_code: '440106', member_id: w.alice });
    expectError(
      await h.gql(memberToken(w.alice), RATE, { input: { id: asked.id, rating: 5 } }),
      'CONFLICT',
      'input.id',
    );
    for (const to of ['ACCEPTED', 'IN_PROGRESS', 'COMPLETED'])
      expect(expectOk(await move(asked.id, to)).transitionServiceRequest.request.status).toBe(to);
    expectError(await h.gql(memberToken(w.bob), RATE, { input: { id: asked.id, rating: 5 } }), 'FORBIDDEN');
    expectError(await h.gql(factoryAdmin(w), RATE, { input: { id: asked.id, rating: 5 } }), 'FORBIDDEN');
    expectError(
      await h.gql(memberToken(w.alice), RATE, { input: { id: asked.id, rating: 6 } }),
      'BAD_USER_INPUT',
      'input.rating',
    );
    const rated = expectOk(
      await h.gql(memberToken(w.alice), RATE, { input: { id: asked.id, rating: 4, comment: '很及时' } }),
    );
    expect(rated.rateServiceRequest.request).toEqual({ rating: 4, ratingComment: '很及时' });
    expectError(await h.gql(memberToken(w.alice), RATE, { input: { id: asked.id, rating: 1 } }), 'CONFLICT');
    // A completed request counts as participation.
    const served = await h.db
      .selectFrom('participations')
      .selectAll()
      .where('request_id', '=', asked.id)
      .execute();
    expect(served).toHaveLength(1);
    expect(served[0]).toMatchObject({ member_id: w.alice, source: 'REQUEST', category: 'LEGAL_AID' });
  });

  it('refuses every illegal move with INVALID_STATE_TRANSITION naming current and requested state', async () => {
    const legal: Record<string, string[]> = {
      SUBMITTED: ['ACCEPTED', 'REJECTED', 'CANCELLED'],
      ACCEPTED: ['IN_PROGRESS', 'CANCELLED'],
      IN_PROGRESS: ['COMPLETED', 'CANCELLED'],
      COMPLETED: [],
      REJECTED: [],
      CANCELLED: [],
    };
    const path: Record<string, string[]> = {
      SUBMITTED: [],
      ACCEPTED: ['ACCEPTED'],
      IN_PROGRESS: ['ACCEPTED', 'IN_PROGRESS'],
      COMPLETED: ['ACCEPTED', 'IN_PROGRESS', 'COMPLETED'],
      REJECTED: ['REJECTED'],
      CANCELLED: ['CANCELLED'],
    };
    const targets = ['ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED', 'CANCELLED'];
    for (const from of Object.keys(legal)) {
      for (const to of targets) {
        const memberId = addMember(h, {
          orgId: w.factory,
          regionCode: '440106',
          isMigrantWorker: true,
          gender: 'MALE',
          age: 33,
        });
        const program = await openProgram(h, {}, factoryAdmin(w));
        const id = expectOk(await ask(memberId, program)).requestService.request.id;
        for (const step of path[from]!) expectOk(await move(id, step, factoryAdmin(w), 'reason'));
        const result = await move(id, to, factoryAdmin(w), 'because');
        if (legal[from]!.includes(to)) {
          expect(expectOk(result).transitionServiceRequest.request.status).toBe(to);
        } else {
          const error = expectError(result, 'INVALID_STATE_TRANSITION');
          expect(error.extensions).toMatchObject({ currentState: from, requestedState: to });
          const row = await h.db
            .selectFrom('service_requests')
            .select('status')
            .where('id', '=', id)
            .executeTakeFirst();
          expect(row!.status).toBe(from);
        }
      }
    }
  });

  it('requires a reason to reject, lets the member cancel only their own, and releases the place', async () => {
    const program = await openProgram(h, { capacity: 1 }, factoryAdmin(w));
    const id = expectOk(await ask(w.bob, program)).requestService.request.id;
    expectError(await move(id, 'REJECTED'), 'BAD_USER_INPUT', 'input.reason');
    expect(expectOk(await h.gql(factoryAdmin(w), TAKEN, { id: program })).serviceProgram.placesTaken).toBe(1);
    expectError(await move(id, 'ACCEPTED', memberToken(w.bob)), 'FORBIDDEN');
    expectError(await move(id, 'CANCELLED', memberToken(w.alice)), 'FORBIDDEN');
    expectError(await move(id, 'ACCEPTED', SHENZHEN_ADMIN), 'FORBIDDEN');
    expectError(await move(id, 'ACCEPTED', shopAdmin(w)), 'FORBIDDEN');
    expectError(await ask(w.alice, program), 'CONFLICT', 'input.programId');
    expect(
      expectOk(await move(id, 'CANCELLED', memberToken(w.bob))).transitionServiceRequest.request.status,
    ).toBe('CANCELLED');
    expect(expectOk(await h.gql(factoryAdmin(w), TAKEN, { id: program })).serviceProgram.placesTaken).toBe(0);
    expectOk(await ask(w.alice, program));
  });

  it('refuses an ineligible member with FORBIDDEN naming the failed rule, writing nothing', async () => {
    const before = await countRows(h.db, 'service_requests');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ eligibility: { migrantOnly: true } }, w.bob, 'eligibility.migrantOnly'],
      [{ eligibility: { openHardshipCaseOnly: true } }, w.alice, 'eligibility.openHardshipCaseOnly'],
      [{ eligibility: { minAge: 40 } }, w.alice, 'eligibility.minAge'],
      [{ eligibility: { maxAge: 40 } }, w.bob, 'eligibility.maxAge'],
      [{ eligibility: { gender: 'FEMALE' } }, w.bob, 'eligibility.gender'],
    ];
    for (const [input, member, rule] of cases) {
      const program = await openProgram(h, input, factoryAdmin(w));
      const error = expectError(await ask(member, program), 'FORBIDDEN', rule);
      expect(error.message).toContain(rule);
    }
    const cityProgram = await openProgram(h, {}, factoryAdmin(w));
    expectError(await ask(w.carol, cityProgram), 'FORBIDDEN', 'coveredRegion');
    const lapsed = addMember(h, {
      orgId: w.factory,
      regionCode: '440106',
      isMigrantWorker: true,
      gender: 'MALE',
      age: 30,
      status: 'LAPSED',
    });
    expectError(await ask(lapsed, cityProgram), 'FORBIDDEN', 'member.status');
    expect(await countRows(h.db, 'service_requests')).toBe(before);
  });

  it('refuses a MEMBER asking for someone else, staff outside the member, a closed program, a duplicate', async () => {
    const program = await openProgram(h, {}, factoryAdmin(w));
    expectError(
      await h.gql(memberToken(w.alice), REQUEST, { input: { programId: program, memberId: w.bob } }),
      'FORBIDDEN',
    );
    expectError(
      await h.gql(factoryAdmin(w), REQUEST, { input: { programId: program } }),
      'BAD_USER_INPUT',
      'input.memberId',
    );
    expectError(
      await h.gql(factoryAdmin(w), REQUEST, { input: { programId: program, memberId: 'nobody' } }),
      'NOT_FOUND',
      'input.memberId',
    );
    expectError(
      await h.gql(SHENZHEN_ADMIN, REQUEST, { input: { programId: program, memberId: w.bob } }),
      'FORBIDDEN',
    );
    expectError(
      await h.gql(as('AUDITOR', { region: '44' }), REQUEST, { input: { programId: program } }),
      'FORBIDDEN',
    );
    expectError(
      await h.gql(memberToken(w.alice), REQUEST, { input: { programId: 'nope' } }),
      'NOT_FOUND',
      'input.programId',
    );
    const onBehalf = expectOk(
      await h.gql(factoryAdmin(w), REQUEST, { input: { programId: program, memberId: w.bob } }),
    );
    expect(onBehalf.requestService.request.status).toBe('SUBMITTED');
    expectError(await ask(w.bob, program), 'CONFLICT', 'input.programId');
    await h.gql(
      factoryAdmin(w),
      `mutation($id: ID!) { closeServiceProgram(input: { id: $id }) { program { id } } }`,
      {
        id: program,
      },
    );
    expectError(await ask(w.alice, program), 'CONFLICT', 'input.programId');
  });

  it('accepts exactly 10 of 50 concurrent requests for 10 places', async () => {
    const program = await openProgram(h, { capacity: 10 }, factoryAdmin(w));
    const members = Array.from({ length: 50 }, () =>
      addMember(h, {
        orgId: w.factory,
        regionCode: '440106',
        isMigrantWorker: true,
        gender: 'FEMALE',
        age: 25,
      }),
    );
    const results = await Promise.all(members.map((m) => ask(m, program)));
    const ok = results.filter((r) => r.data?.requestService);
    const full = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(ok).toHaveLength(10);
    expect(full).toHaveLength(40);
    const rows = await h.db
      .selectFrom('service_requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('program_id', '=', program)
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(10);
    expect(expectOk(await h.gql(factoryAdmin(w), TAKEN, { id: program })).serviceProgram).toEqual({
      placesTaken: 10,
      capacity: 10,
    });
  });
});
