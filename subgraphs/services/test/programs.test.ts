import { countRows, testDialects } from '@union/kit';
import {
  buildWorld,
  factoryAdmin,
  GUANGZHOU_ADMIN,
  memberToken,
  PROVINCE_ADMIN,
  SHENZHEN_ADMIN,
  type World,
} from './fixture';
import { as, expectError, expectOk, startHarness, type Harness } from './harness';

const CREATE = `mutation($input: CreateServiceProgramInput!) { createServiceProgram(input: $input) {
  program { id name category mode status version coveredRegion { code } provider { id }
            eligibility { migrantOnly openHardshipCaseOnly minAge maxAge gender } capacity placesTaken } } }`;
const UPDATE = `mutation($input: UpdateServiceProgramInput!) { updateServiceProgram(input: $input) {
  program { name version capacity eligibility { minAge maxAge gender migrantOnly } } } }`;
const OPEN = `mutation($id: ID!) { openServiceProgram(input: { id: $id }) { program { status version } } }`;
const CLOSE = `mutation($id: ID!) { closeServiceProgram(input: { id: $id }) { program { status } } }`;
const GET = `query($id: ID!) { serviceProgram(id: $id) { id name status } }`;

describe.each(testDialects())('service programs on %s', (dialect) => {
  let h: Harness;
  let w: World;
  beforeAll(async () => {
    h = await startHarness(dialect);
    w = buildWorld(h);
  });
  afterAll(() => h.close());

  const base = (extra: Record<string, unknown> = {}) => ({
    name: '农民工法律援助',
    category: 'LEGAL_AID',
    mode: 'TARGETED',
    ...extra,
  });

  it('creates a DRAFT program with the provider region copied from the organizations subgraph', async () => {
    const data = expectOk(
      await h.gql(factoryAdmin(w), CREATE, {
        input: base({ eligibility: { migrantOnly: true, minAge: 18, maxAge: 60 }, capacity: 20 }),
      }),
    );
    expect(data.createServiceProgram.program).toMatchObject({
      status: 'DRAFT',
      version: 1,
      category: 'LEGAL_AID',
      coveredRegion: { code: '440106' },
      provider: { id: w.factory },
      eligibility: { migrantOnly: true, openHardshipCaseOnly: false, minAge: 18, maxAge: 60, gender: null },
      capacity: 20,
      placesTaken: 0,
    });
    const row = await h.db
      .selectFrom('service_programs')
      .select(['org_id', 'region_code'])
      .where('id', '=', data.createServiceProgram.program.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ org_id: w.factory, region_code: '440106' });
  });

  it('moves DRAFT → OPEN → CLOSED and refuses every other move naming both states', async () => {
    const id = expectOk(
      await h.gql(GUANGZHOU_ADMIN, CREATE, { input: base({ organizationId: w.guangzhou }) }),
    ).createServiceProgram.program.id;
    expect(expectOk(await h.gql(GUANGZHOU_ADMIN, OPEN, { id })).openServiceProgram.program).toEqual({
      status: 'OPEN',
      version: 2,
    });
    const again = expectError(await h.gql(GUANGZHOU_ADMIN, OPEN, { id }), 'INVALID_STATE_TRANSITION');
    expect(again.extensions).toMatchObject({ currentState: 'OPEN', requestedState: 'OPEN' });
    expect(expectOk(await h.gql(GUANGZHOU_ADMIN, CLOSE, { id })).closeServiceProgram.program.status).toBe(
      'CLOSED',
    );
    const reopen = expectError(await h.gql(GUANGZHOU_ADMIN, OPEN, { id }), 'INVALID_STATE_TRANSITION');
    expect(reopen.extensions).toMatchObject({ currentState: 'CLOSED', requestedState: 'OPEN' });
    expectError(await h.gql(GUANGZHOU_ADMIN, CLOSE, { id }), 'INVALID_STATE_TRANSITION');
    const draft = expectOk(
      await h.gql(GUANGZHOU_ADMIN, CREATE, { input: base({ organizationId: w.guangzhou }) }),
    ).createServiceProgram.program.id;
    expect(
      expectOk(await h.gql(GUANGZHOU_ADMIN, CLOSE, { id: draft })).closeServiceProgram.program.status,
    ).toBe('CLOSED');
  });

  it('updates with the version read and refuses a stale one', async () => {
    const id = expectOk(await h.gql(factoryAdmin(w), CREATE, { input: base({ capacity: 5 }) }))
      .createServiceProgram.program.id;
    const updated = expectOk(
      await h.gql(factoryAdmin(w), UPDATE, {
        input: { id, expectedVersion: 1, name: '新名称', capacity: 8, eligibility: { gender: 'FEMALE' } },
      }),
    );
    expect(updated.updateServiceProgram.program).toMatchObject({ name: '新名称', version: 2, capacity: 8 });
    expect(updated.updateServiceProgram.program.eligibility.gender).toBe('FEMALE');
    expectError(
      await h.gql(factoryAdmin(w), UPDATE, { input: { id, expectedVersion: 1, name: 'x' } }),
      'CONFLICT',
      'input.expectedVersion',
    );
  });

  it('refuses bad input naming the field and writes nothing', async () => {
    const before = await countRows(h.db, 'service_programs');
    const cases: [Record<string, unknown>, string][] = [
      [base({ name: ' ' }), 'input.name'],
      [base({ coveredRegion: '44x' }), 'input.coveredRegion'],
      [base({ coveredRegion: '440305' }), 'input.coveredRegion'],
      [base({ eligibility: { minAge: 50, maxAge: 20 } }), 'input.eligibility.maxAge'],
      [base({ eligibility: { minAge: -1 } }), 'input.eligibility.minAge'],
      [base({ capacity: 0 }), 'input.capacity'],
      [base({ opensOn: '2026-05-01', closesOn: '2026-04-01' }), 'input.closesOn'],
      [base({ organizationId: w.dissolved }), 'input.organizationId'],
    ];
    for (const [input, field] of cases)
      expectError(
        await h.gql(PROVINCE_ADMIN, CREATE, { input: { organizationId: w.factory, ...input } }),
        'BAD_USER_INPUT',
        field,
      );
    expect(await countRows(h.db, 'service_programs')).toBe(before);
  });

  it('lets only staff over the provider write, and hides DRAFTs from members', async () => {
    const before = await countRows(h.db, 'service_programs');
    expectError(
      await h.gql(SHENZHEN_ADMIN, CREATE, { input: base({ organizationId: w.factory }) }),
      'FORBIDDEN',
    );
    for (const who of [as('AUDITOR', { region: '44' }), memberToken(w.alice), as('SERVICE')])
      expectError(await h.gql(who, CREATE, { input: base({ organizationId: w.factory }) }), 'FORBIDDEN');
    expectError(
      await h.gql(factoryAdmin(w), CREATE, { input: base({ organizationId: w.shop }) }),
      'FORBIDDEN',
    );
    expect(await countRows(h.db, 'service_programs')).toBe(before);

    const draft = expectOk(await h.gql(factoryAdmin(w), CREATE, { input: base() })).createServiceProgram
      .program.id;
    const seen = await h.gql(SHENZHEN_ADMIN, GET, { id: draft });
    expect(seen.data!.serviceProgram).toBeNull();
    expectError(seen, 'FORBIDDEN');
    expect((await h.gql(memberToken(w.alice), GET, { id: draft })).data!.serviceProgram).toBeNull();
    expectOk(await h.gql(factoryAdmin(w), OPEN, { id: draft }));
    expect(expectOk(await h.gql(memberToken(w.alice), GET, { id: draft })).serviceProgram.id).toBe(draft);
  });

  it('lists programs in scope with filters, pages and a lazy total', async () => {
    const list = expectOk(
      await h.gql(
        GUANGZHOU_ADMIN,
        `{ servicePrograms(first: 2, filter: { category: LEGAL_AID }) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
      ),
    ).servicePrograms;
    expect(list.nodes).toHaveLength(2);
    expect(list.totalCount).toBeGreaterThan(2);
    expect(list.pageInfo.hasNextPage).toBe(true);
    const shenzhen = expectOk(await h.gql(SHENZHEN_ADMIN, '{ servicePrograms { totalCount } }'));
    expect(shenzhen.servicePrograms.totalCount).toBe(0);
    const org = expectOk(
      await h.gql(
        factoryAdmin(w),
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization { servicePrograms(first: 100) { totalCount } } } }`,
        { reps: [{ __typename: 'Organization', id: w.factory }] },
      ),
    );
    expect(org._entities[0].servicePrograms.totalCount).toBeGreaterThan(0);
  });
});
