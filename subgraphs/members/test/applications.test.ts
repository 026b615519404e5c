import { testDialects } from '@union/kit';
import {
  APPROVE,
  as,
  enroll,
  expectError,
  nextIdNumber,
  nextPhone,
  PROVINCE_ADMIN,
  startHarness,
  SUBMIT,
  type Harness,
} from './harness';

const REJECT = `mutation($input: RejectApplicationInput!) { rejectMembershipApplication(input: $input) { application { status reason } } }`;
const WITHDRAW = `mutation($input: WithdrawApplicationInput!) { withdrawMembershipApplication(input: $input) { application { status } } }`;

async function count(h: Harness, table: 'members' | 'membership_applications'): Promise<number> {
  const row = await h.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(testDialects())('membership applications on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect);
  });
  afterAll(() => h.close());

  const input = (extra: Record<string, unknown> = {}) => ({
    name: '李小红',
    idNumber: nextIdNumber({ female: true }),
    phone: nextPhone(),
    organizationId: h.tree.factory,
    hukouType: 'RURAL',
    ...extra,
  });

  it('takes an anonymous application, masks its numbers and is idempotent while pending', async () => {
    const application = input();
    const first = await h.gql(null, SUBMIT, { input: application });
    expect(first.errors).toBeUndefined();
    const app = first.data.submitMembershipApplication.application;
    expect(app.status).toBe('PENDING');
    expect(app.idNumberMasked).toMatch(/^4401\*{10}\d{3}[\dX]$/);
    expect(app.phoneMasked).toMatch(/^138\*{4}\d{4}$/);
    const again = await h.gql(null, SUBMIT, { input: { ...application, phone: nextPhone() } });
    expect(again.data.submitMembershipApplication.application.id).toBe(app.id);
    const concurrent = await Promise.all(
      Array.from({ length: 5 }, () =>
        h.gql(null, SUBMIT, { input: { ...input(), idNumber: application.idNumber } }),
      ),
    );
    expect(new Set(concurrent.map((r) => r.data.submitMembershipApplication.application.id))).toEqual(
      new Set([app.id]),
    );
  });

  it('validates field by field and writes nothing on bad input', async () => {
    const before = await count(h, 'membership_applications');
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '  ' }, 'input.name'],
      [{ idNumber: '440106199001011234' }, 'input.idNumber'],
      [{ idNumber: nextIdNumber({ age: 12 }) }, 'input.idNumber'],
      [{ phone: '12345' }, 'input.phone'],
      [{ organizationId: h.tree.tianhe }, 'input.organizationId'],
      [{ employerCreditCode: 'ABC' }, 'input.employerCreditCode'],
    ];
    for (const [extra, field] of cases) {
      const result = await h.gql(null, SUBMIT, { input: input(extra) });
      const error = expectError(result, 'BAD_USER_INPUT', field);
      expect(error.message).not.toMatch(/\d{15}/);
    }
    expect(await count(h, 'membership_applications')).toBe(before);
  });

  it('approves into one member with a card number, even when twenty approvals race', async () => {
    const submitted = await h.gql(null, SUBMIT, { input: input() });
    const id = submitted.data.submitMembershipApplication.application.id;
    const before = await count(h, 'members');
    const factoryAdmin = as('ORG_ADMIN', { org: h.tree.factory });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => h.gql(factoryAdmin, APPROVE, { input: { id } })),
    );
    const winners = results.filter((r) => r.data?.approveMembershipApplication);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((r) => !r.data?.approveMembershipApplication)) {
      expectError(loser, 'INVALID_STATE_TRANSITION');
    }
    expect(await count(h, 'members')).toBe(before + 1);
    const member = winners[0]!.data.approveMembershipApplication.member;
    expect(member.cardNumber).toMatch(/^440106\d{4}\d{7}$/);
    expect(member.status).toBe('ACTIVE');
    expectError(await h.gql(factoryAdmin, APPROVE, { input: { id } }), 'INVALID_STATE_TRANSITION');
  });

  it('refuses reviewers outside the organization and applicants already active elsewhere', async () => {
    const submitted = await h.gql(null, SUBMIT, { input: input() });
    const id = submitted.data.submitMembershipApplication.application.id;
    for (const who of [
      as('ORG_ADMIN', { org: h.tree.shop }),
      as('FEDERATION_ADMIN', { region: '4403' }),
      as('AUDITOR', { region: '44' }),
      as('MEMBER', { member: 'm1' }),
    ]) {
      expectError(await h.gql(who, APPROVE, { input: { id } }), 'FORBIDDEN');
    }
    const { idNumber } = await enroll(h, { orgId: h.tree.factory });
    const elsewhere = await h.gql(null, SUBMIT, { input: input({ idNumber, organizationId: h.tree.shop }) });
    const error = expectError(elsewhere, 'CONFLICT');
    expect(error.message).toMatch(/transfer/);
  });

  it('lets a member who left rejoin under the same register entry', async () => {
    const { memberId, idNumber } = await enroll(h, { orgId: h.tree.factory });
    const left = await h.gql(
      PROVINCE_ADMIN,
      `mutation($id: ID!) { changeMemberStatus(input: { id: $id, status: WITHDRAWN, reason: "离职" }) { member { status } } }`,
      { id: memberId },
    );
    expect(left.data.changeMemberStatus.member.status).toBe('WITHDRAWN');
    const again = await enroll(h, {
      orgId: h.tree.bakery,
      idNumber,
      reviewer: as('ORG_ADMIN', { org: h.tree.bakery }),
    });
    expect(again.memberId).toBe(memberId);
    const row = await h.db
      .selectFrom('members')
      .selectAll()
      .where('id', '=', memberId)
      .executeTakeFirstOrThrow();
    expect([row.org_id, row.status]).toEqual([h.tree.bakery, 'ACTIVE']);
  });

  it('rejects with a reason, lets the applicant withdraw, and lists pending applications', async () => {
    const a = (await h.gql(null, SUBMIT, { input: input() })).data.submitMembershipApplication.application.id;
    const bInput = input({ organizationId: h.tree.bakery });
    const b = (await h.gql(null, SUBMIT, { input: bInput })).data.submitMembershipApplication.application.id;
    const pending = await h.gql(
      as('ORG_ADMIN', { org: h.tree.bakery }),
      `query($id: ID!) { _entities(representations: [{ __typename: "Organization", id: $id }]) {
         ... on Organization { pendingApplications { totalCount nodes { id name } } } } }`,
      { id: h.tree.bakery },
    );
    expect(pending.data._entities[0].pendingApplications.nodes.map((n: any) => n.id)).toEqual([b]);
    expect(pending.data._entities[0].pendingApplications.totalCount).toBe(1);
    const several = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization {
      pendingApplications(first: 1) { totalCount pageInfo { hasNextPage } } } } }`;
    const reps = (ids: string[]) => ids.map((id) => ({ __typename: 'Organization', id }));
    h.queries.length = 0;
    await h.gql(PROVINCE_ADMIN, several, { r: reps([h.tree.bakery]) });
    const one = h.queries.length;
    h.queries.length = 0;
    const all = await h.gql(PROVINCE_ADMIN, several, {
      r: reps([h.tree.factory, h.tree.bakery, h.tree.shop]),
    });
    expect(h.queries.length).toBe(one);
    expect(all.data._entities[1].pendingApplications).toEqual({
      totalCount: 1,
      pageInfo: { hasNextPage: false },
    });
    const outside = await h.gql(as('ORG_ADMIN', { org: h.tree.shop }), several, {
      r: reps([h.tree.factory]),
    });
    expect(outside.data._entities[0].pendingApplications.totalCount).toBe(0);
    expectError(
      await h.gql(PROVINCE_ADMIN, REJECT, { input: { id: a, reason: ' ' } }),
      'BAD_USER_INPUT',
      'input.reason',
    );
    const rejected = await h.gql(PROVINCE_ADMIN, REJECT, { input: { id: a, reason: '非本单位职工' } });
    expect(rejected.data.rejectMembershipApplication.application).toEqual({
      status: 'REJECTED',
      reason: '非本单位职工',
    });
    expectError(await h.gql(null, WITHDRAW, { input: { id: b, idNumber: nextIdNumber() } }), 'NOT_FOUND');
    const withdrawn = await h.gql(null, WITHDRAW, { input: { id: b, idNumber: bInput.idNumber } });
    expect(withdrawn.data.withdrawMembershipApplication.application.status).toBe('WITHDRAWN');
    const again = await h.gql(null, WITHDRAW, { input: { id: b, idNumber: bInput.idNumber } });
    const error = expectError(again, 'INVALID_STATE_TRANSITION');
    expect(error.extensions).toMatchObject({ currentState: 'WITHDRAWN', requestedState: 'WITHDRAWN' });
  });
});
