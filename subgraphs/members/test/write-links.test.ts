import { newId, testDialects } from '@union/kit';
import {
  as,
  enroll,
  expectError,
  nextIdNumber,
  nextPhone,
  startHarness,
  SUBMIT,
  type Harness,
} from './harness';

/*
 * Issue 9 §2 for the links members writes name: the member (local) and the union (owned by the
 * organizations subgraph, asked through `_entities` — the real organizations subgraph runs beside
 * this one). Missing → NOT_FOUND, outside the caller's scope → FORBIDDEN, naming the field, and
 * nothing stored. The titles are listed by test/src/security/link-fields.test.ts.
 */
const REQUEST = `mutation($input: RequestMemberTransferInput!) { requestMemberTransfer(input: $input) { transfer { id status } } }`;

async function count(h: Harness, table: 'membership_applications' | 'member_transfers'): Promise<number> {
  const row = await h.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(testDialects())('links named by members writes on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect);
  });
  afterAll(() => h.close());

  const application = (organizationId: string) => ({
    name: '黄小红',
    idNumber: nextIdNumber(),
    phone: nextPhone(),
    organizationId,
    hukouType: 'RURAL',
  });

  it('submitMembershipApplication input.organizationId: unknown → NOT_FOUND and nothing stored; any union of the federation may be applied to', async () => {
    const before = await count(h, 'membership_applications');
    expectError(
      await h.gql(null, SUBMIT, { input: application(newId()) }),
      'NOT_FOUND',
      'input.organizationId',
    );
    expect(await count(h, 'membership_applications')).toBe(before);
    // The public form has no jurisdiction: a Shenzhen union is as open as a Guangzhou one.
    const shenzhen = await h.gql(null, SUBMIT, { input: application(h.tree.shop) });
    expect(shenzhen.data.submitMembershipApplication.application.status).toBe('PENDING');
  });

  it('requestMemberTransfer input.memberId: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const { memberId } = await enroll(h, { orgId: h.tree.factory });
    const before = await count(h, 'member_transfers');
    for (const outsider of [
      as('ORG_ADMIN', { org: h.tree.bakery }),
      as('FEDERATION_ADMIN', { region: '4403' }),
      as('MEMBER', { member: newId() }),
    ]) {
      expectError(
        await h.gql(outsider, REQUEST, { input: { memberId, toOrganizationId: h.tree.bakery } }),
        'FORBIDDEN',
        'input.memberId',
      );
    }
    expectError(
      await h.gql(as('FEDERATION_ADMIN', { region: '44' }), REQUEST, {
        input: { memberId: newId(), toOrganizationId: h.tree.bakery },
      }),
      'NOT_FOUND',
      'input.memberId',
    );
    expect(await count(h, 'member_transfers')).toBe(before);
    const member = await h.db
      .selectFrom('members')
      .select('status')
      .where('id', '=', memberId)
      .executeTakeFirst();
    expect(member?.status).toBe('ACTIVE');
  });

  it('requestMemberTransfer input.toOrganizationId: unknown → NOT_FOUND and nothing stored; the receiving union may lie in another jurisdiction', async () => {
    const { memberId } = await enroll(h, { orgId: h.tree.factory });
    const admin = as('ORG_ADMIN', { org: h.tree.factory });
    const before = await count(h, 'member_transfers');
    expectError(
      await h.gql(admin, REQUEST, { input: { memberId, toOrganizationId: newId() } }),
      'NOT_FOUND',
      'input.toOrganizationId',
    );
    expect(await count(h, 'member_transfers')).toBe(before);
    const member = await h.db
      .selectFrom('members')
      .select('status')
      .where('id', '=', memberId)
      .executeTakeFirst();
    expect(member?.status).toBe('ACTIVE');
    // 会员关系接转 crosses cities by design; the receiving union decides.
    const shenzhen = await h.gql(admin, REQUEST, { input: { memberId, toOrganizationId: h.tree.shop } });
    expect(shenzhen.data.requestMemberTransfer.transfer.status).toBe('PENDING');
  });
});
