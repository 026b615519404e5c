import { countRows, newId, testDialects } from '@union/kit';
import {
  buildWorld,
  factoryAdmin,
  GUANGZHOU_ADMIN,
  memberToken,
  openProgram,
  PROVINCE_ADMIN,
  REQUEST,
  SHENZHEN_ADMIN,
  type World,
} from './fixture';
import { expectError, expectOk, startHarness, type Harness } from './harness';

/*
 * Issue 9 §2 for every link a services write names: organizations and members come from the
 * stand-in owners through the real `_entities` path (kit EntityLinks), programs and cases from
 * this database. Outside the caller's scope → FORBIDDEN, missing → NOT_FOUND, both naming the
 * field, and nothing stored. The titles are listed by test/src/security/link-fields.test.ts.
 */
const CREATE = `mutation($input: CreateServiceProgramInput!) { createServiceProgram(input: $input) { program { id version } } }`;
const UPDATE = `mutation($input: UpdateServiceProgramInput!) { updateServiceProgram(input: $input) { program { id version } } }`;
const READ_PROGRAM = `query($id: ID!) { serviceProgram(id: $id) { version coveredRegion { code } } }`;
const CHECK_IN = `mutation($input: CheckInParticipantsInput!) { checkInParticipants(input: $input) { recorded } }`;
const RECORD = `mutation($input: RecordParticipationInput!) { recordParticipation(input: $input) { recorded } }`;
const OPEN_CASE = `mutation($input: OpenHardshipCaseInput!) { openHardshipCase(input: $input) { hardshipCase { id } } }`;
const GRANT = `mutation($input: GrantAssistanceInput!) { grantAssistance(input: $input) { grant { id } } }`;

describe.each(testDialects())('links named by services writes on %s', (dialect) => {
  let h: Harness;
  let w: World;
  let program: string;
  beforeAll(async () => {
    h = await startHarness(dialect);
    w = buildWorld(h);
    program = await openProgram(h, { organizationId: w.factory });
  });
  afterAll(() => h.close());

  const base = { name: '法律援助', category: 'LEGAL_AID', mode: 'UNIVERSAL' };
  const caseInput = (memberId: string) => ({
    memberId,
    level: 'GENERAL',
    reasons: ['ILLNESS'],
    householdSize: 3,
    monthlyIncomePerHeadCents: 80000,
  });

  it('createServiceProgram input.organizationId: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const before = await countRows(h.db, 'service_programs');
    expectError(
      await h.gql(GUANGZHOU_ADMIN, CREATE, { input: { ...base, organizationId: w.shop } }),
      'FORBIDDEN',
      'input.organizationId',
    );
    expectError(
      await h.gql(factoryAdmin(w), CREATE, { input: { ...base, organizationId: w.shop } }),
      'FORBIDDEN',
      'input.organizationId',
    );
    expectError(
      await h.gql(PROVINCE_ADMIN, CREATE, { input: { ...base, organizationId: newId() } }),
      'NOT_FOUND',
      'input.organizationId',
    );
    expect(await countRows(h.db, 'service_programs')).toBe(before);
  });

  it('createServiceProgram input.coveredRegion: out of scope → FORBIDDEN, nothing stored (unknown → NOT_FOUND through the gateway)', async () => {
    const before = await countRows(h.db, 'service_programs');
    expectError(
      await h.gql(GUANGZHOU_ADMIN, CREATE, {
        input: { ...base, organizationId: w.factory, coveredRegion: '4403' },
      }),
      'FORBIDDEN',
      'input.coveredRegion',
    );
    expectError(
      await h.gql(factoryAdmin(w), CREATE, { input: { ...base, coveredRegion: '4401' } }),
      'FORBIDDEN',
      'input.coveredRegion',
    );
    expect(await countRows(h.db, 'service_programs')).toBe(before);
  });

  it('updateServiceProgram input.coveredRegion: out of scope → FORBIDDEN, nothing stored (unknown → NOT_FOUND through the gateway)', async () => {
    const read = async () =>
      expectOk(await h.gql(PROVINCE_ADMIN, READ_PROGRAM, { id: program })).serviceProgram;
    const before = await read();
    expectError(
      await h.gql(GUANGZHOU_ADMIN, UPDATE, {
        input: { id: program, expectedVersion: before.version, coveredRegion: '4403' },
      }),
      'FORBIDDEN',
      'input.coveredRegion',
    );
    expect(await read()).toEqual(before);
  });

  it('requestService input.programId: a DRAFT outside the caller → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const draft = expectOk(await h.gql(factoryAdmin(w), CREATE, { input: base })).createServiceProgram.program
      .id;
    const before = await countRows(h.db, 'service_requests');
    expectError(
      await h.gql(memberToken(w.carol), REQUEST, { input: { programId: draft } }),
      'FORBIDDEN',
      'input.programId',
    );
    expectError(
      await h.gql(SHENZHEN_ADMIN, REQUEST, { input: { programId: draft, memberId: w.carol } }),
      'FORBIDDEN',
      'input.programId',
    );
    expectError(
      await h.gql(memberToken(w.alice), REQUEST, { input: { programId: newId() } }),
      'NOT_FOUND',
      'input.programId',
    );
    expect(await countRows(h.db, 'service_requests')).toBe(before);
  });

  it('requestService input.memberId: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const before = await countRows(h.db, 'service_requests');
    expectError(
      await h.gql(SHENZHEN_ADMIN, REQUEST, { input: { programId: program, memberId: w.bob } }),
      'FORBIDDEN',
      'input.memberId',
    );
    expectError(
      await h.gql(factoryAdmin(w), REQUEST, { input: { programId: program, memberId: newId() } }),
      'NOT_FOUND',
      'input.memberId',
    );
    expect(await countRows(h.db, 'service_requests')).toBe(before);
  });

  it('recordParticipation input.programId and input.memberId: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const before = await countRows(h.db, 'participations');
    const input = { programId: program, activityOn: '2026-03-08', memberId: w.alice };
    expectError(await h.gql(SHENZHEN_ADMIN, RECORD, { input }), 'FORBIDDEN', 'input.programId');
    expectError(
      await h.gql(factoryAdmin(w), RECORD, { input: { ...input, programId: newId() } }),
      'NOT_FOUND',
      'input.programId',
    );
    expectError(
      await h.gql(factoryAdmin(w), RECORD, { input: { ...input, memberId: w.carol } }),
      'FORBIDDEN',
      'input.memberId',
    );
    expectError(
      await h.gql(factoryAdmin(w), RECORD, { input: { ...input, memberId: newId() } }),
      'NOT_FOUND',
      'input.memberId',
    );
    expect(await countRows(h.db, 'participations')).toBe(before);
  });

  it('checkInParticipants input.programId and input.memberIds: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const before = await countRows(h.db, 'participations');
    const input = { programId: program, activityOn: '2026-03-09', memberIds: [w.alice, w.bob] };
    expectError(await h.gql(SHENZHEN_ADMIN, CHECK_IN, { input }), 'FORBIDDEN', 'input.programId');
    expectError(
      await h.gql(factoryAdmin(w), CHECK_IN, { input: { ...input, programId: newId() } }),
      'NOT_FOUND',
      'input.programId',
    );
    expectError(
      await h.gql(factoryAdmin(w), CHECK_IN, { input: { ...input, memberIds: [w.alice, w.carol] } }),
      'FORBIDDEN',
      'input.memberIds.1',
    );
    expectError(
      await h.gql(factoryAdmin(w), CHECK_IN, { input: { ...input, memberIds: [w.carol, newId()] } }),
      'NOT_FOUND',
      'input.memberIds.1',
    );
    expect(await countRows(h.db, 'participations')).toBe(before);
  });

  it('openHardshipCase input.memberId: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const before = await countRows(h.db, 'hardship_cases');
    expectError(
      await h.gql(SHENZHEN_ADMIN, OPEN_CASE, { input: caseInput(w.bob) }),
      'FORBIDDEN',
      'input.memberId',
    );
    expectError(
      await h.gql(factoryAdmin(w), OPEN_CASE, { input: caseInput(newId()) }),
      'NOT_FOUND',
      'input.memberId',
    );
    expect(await countRows(h.db, 'hardship_cases')).toBe(before);
  });

  it('grantAssistance input.caseId and input.grantingOrganizationId: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const caseId = expectOk(await h.gql(factoryAdmin(w), OPEN_CASE, { input: caseInput(w.alice) }))
      .openHardshipCase.hardshipCase.id;
    const before = await countRows(h.db, 'assistance_grants');
    const grant = (extra: Record<string, unknown>) => ({
      caseId,
      amountCents: 20000,
      kind: 'CASH',
      idempotencyKey: `links-${newId()}`,
      ...extra,
    });
    expectError(
      await h.gql(SHENZHEN_ADMIN, GRANT, { input: grant({ grantingOrganizationId: w.shop }) }),
      'FORBIDDEN',
      'input.caseId',
    );
    expectError(
      await h.gql(factoryAdmin(w), GRANT, { input: grant({ caseId: newId() }) }),
      'NOT_FOUND',
      'input.caseId',
    );
    expectError(
      await h.gql(GUANGZHOU_ADMIN, GRANT, { input: grant({ grantingOrganizationId: w.shop }) }),
      'FORBIDDEN',
      'input.grantingOrganizationId',
    );
    expectError(
      await h.gql(GUANGZHOU_ADMIN, GRANT, { input: grant({ grantingOrganizationId: newId() }) }),
      'NOT_FOUND',
      'input.grantingOrganizationId',
    );
    expect(await countRows(h.db, 'assistance_grants')).toBe(before);
  });
});
