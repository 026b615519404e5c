import { countRows, testDialects } from '@union/kit';
import { buildWorld, factoryAdmin, openProgram, SHENZHEN_ADMIN, type World } from './fixture';
import { addMember, expectError, expectOk, startHarness, type Harness } from './harness';

const CHECK_IN = `mutation($input: CheckInParticipantsInput!) { checkInParticipants(input: $input) {
  recorded alreadyRecorded participations { member { id } activityOn source category program { id } } } }`;
const RECORD = `mutation($input: RecordParticipationInput!) { recordParticipation(input: $input) { recorded alreadyRecorded } }`;

describe.each(testDialects())('participation on %s', (dialect) => {
  let h: Harness;
  let w: World;
  let program: string;
  beforeAll(async () => {
    h = await startHarness(dialect);
    w = buildWorld(h);
    program = await openProgram(h, { category: 'CULTURE_SPORTS_HEALTH', mode: 'UNIVERSAL' }, factoryAdmin(w));
  });
  afterAll(() => h.close());

  it('records a check-in list once: a retried or overlapping list adds only the newcomers', async () => {
    const input = { programId: program, activityOn: '2026-05-01', memberIds: [w.alice, w.bob] };
    const first = expectOk(await h.gql(factoryAdmin(w), CHECK_IN, { input })).checkInParticipants;
    expect(first).toMatchObject({ recorded: 2, alreadyRecorded: 0 });
    expect(first.participations[0]).toMatchObject({
      source: 'CHECK_IN',
      category: 'CULTURE_SPORTS_HEALTH',
      activityOn: '2026-05-01',
    });
    const retry = expectOk(await h.gql(factoryAdmin(w), CHECK_IN, { input })).checkInParticipants;
    expect(retry).toMatchObject({ recorded: 0, alreadyRecorded: 2 });
    const dave = addMember(h, {
      orgId: w.factory,
      regionCode: '440106',
      isMigrantWorker: false,
      gender: 'MALE',
      age: 50,
    });
    const more = expectOk(
      await h.gql(factoryAdmin(w), CHECK_IN, { input: { ...input, memberIds: [w.bob, dave, dave] } }),
    ).checkInParticipants;
    expect(more).toMatchObject({ recorded: 1, alreadyRecorded: 1 });
    const one = expectOk(
      await h.gql(factoryAdmin(w), RECORD, {
        input: { programId: program, activityOn: '2026-05-02', memberId: dave },
      }),
    );
    expect(one.recordParticipation).toEqual({ recorded: 1, alreadyRecorded: 0 });
    expect(await countRows(h.db, 'participations')).toBe(4);
  });

  it('stays idempotent when the same list is sent 5 times at once', async () => {
    const input = { programId: program, activityOn: '2026-06-01', memberIds: [w.alice, w.bob] };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => h.gql(factoryAdmin(w), CHECK_IN, { input })),
    );
    const recorded = results.map((r) => expectOk(r).checkInParticipants.recorded);
    expect(recorded.reduce((a, b) => a + b, 0)).toBe(2);
    const rows = await h.db
      .selectFrom('participations')
      .select('id')
      .where('activity_on', '=', '2026-06-01')
      .execute();
    expect(rows).toHaveLength(2);
  });

  it('refuses the whole list for one unknown member, or outside the jurisdiction', async () => {
    const before = await countRows(h.db, 'participations');
    const input = { programId: program, activityOn: '2026-07-01', memberIds: [w.alice, 'nobody'] };
    expectError(await h.gql(factoryAdmin(w), CHECK_IN, { input }), 'NOT_FOUND', 'input.memberIds.1');
    expectError(
      await h.gql(factoryAdmin(w), CHECK_IN, { input: { ...input, memberIds: [w.alice, w.carol] } }),
      'FORBIDDEN',
    );
    expectError(
      await h.gql(SHENZHEN_ADMIN, CHECK_IN, { input: { ...input, memberIds: [w.carol] } }),
      'FORBIDDEN',
    );
    expectError(
      await h.gql(factoryAdmin(w), CHECK_IN, { input: { ...input, memberIds: [] } }),
      'BAD_USER_INPUT',
      'input.memberIds',
    );
    expect(await countRows(h.db, 'participations')).toBe(before);
  });
});
