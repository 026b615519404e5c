import { testDialects } from '@union/kit';
import { rebuildMemberCounts } from '../src/stats/member-counts.repository';
import { as, enroll, expectError, startHarness, type Harness } from './harness';

const REQUEST = `mutation($input: RequestMemberTransferInput!) { requestMemberTransfer(input: $input) { transfer { id status } } }`;
const ACCEPT = `mutation($id: ID!) { acceptMemberTransfer(input: { id: $id }) { transfer { status member { status organization { id } region { code } } } } }`;
const REJECT = `mutation($id: ID!) { rejectMemberTransfer(input: { id: $id, reason: "未核实劳动关系" }) { transfer { status reason } } }`;

async function countersSnapshot(h: Harness): Promise<string> {
  const rows = await h.db
    .selectFrom('region_member_counts')
    .selectAll()
    .where('count', '!=', 0)
    .orderBy('region_code')
    .orderBy('dimension')
    .orderBy('value')
    .execute();
  return JSON.stringify(rows.map((r) => [r.region_code, r.dimension, r.value, Number(r.count)]));
}

describe.each(testDialects())('member transfers on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect);
  });
  afterAll(() => h.close());

  it('moves organization and region on acceptance, keeps one open transfer, and the counters stay exact', async () => {
    const { memberId } = await enroll(h, { orgId: h.tree.factory });
    const fromAdmin = as('ORG_ADMIN', { org: h.tree.factory });
    const outsider = as('ORG_ADMIN', { org: h.tree.bakery });
    expectError(
      await h.gql(outsider, REQUEST, { input: { memberId, toOrganizationId: h.tree.shop } }),
      'FORBIDDEN',
    );
    expectError(
      await h.gql(fromAdmin, REQUEST, { input: { memberId, toOrganizationId: h.tree.factory } }),
      'BAD_USER_INPUT',
      'input.toOrganizationId',
    );
    const racing = await Promise.all(
      [h.tree.shop, h.tree.bakery, h.tree.shop].map((to) =>
        h.gql(fromAdmin, REQUEST, { input: { memberId, toOrganizationId: to } }),
      ),
    );
    const opened = racing.filter((r) => r.data?.requestMemberTransfer);
    expect(opened).toHaveLength(1);
    for (const r of racing.filter((x) => !x.data?.requestMemberTransfer)) {
      expect(['CONFLICT', 'INVALID_STATE_TRANSITION']).toContain(r.errors![0]!.extensions!.code);
    }
    const transferId = opened[0]!.data.requestMemberTransfer.transfer.id;
    const [row] = await h.db
      .selectFrom('member_transfers')
      .selectAll()
      .where('id', '=', transferId)
      .execute();
    const receiver =
      row!.to_org_id === h.tree.shop
        ? as('FEDERATION_ADMIN', { region: '4403' })
        : as('ORG_ADMIN', { org: h.tree.bakery });
    expectError(await h.gql(fromAdmin, ACCEPT, { id: transferId }), 'FORBIDDEN');
    const accepted = await h.gql(receiver, ACCEPT, { id: transferId });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptMemberTransfer.transfer.status).toBe('ACCEPTED');
    const moved = await h.db
      .selectFrom('members')
      .selectAll()
      .where('id', '=', memberId)
      .executeTakeFirstOrThrow();
    expect(moved.org_id).toBe(row!.to_org_id);
    expect(moved.region_code).toBe(row!.to_region_code);
    expect(moved.status).toBe('ACTIVE');
    expectError(await h.gql(receiver, ACCEPT, { id: transferId }), 'INVALID_STATE_TRANSITION');
    const history = await h.db
      .selectFrom('member_history')
      .select('action')
      .where('member_id', '=', memberId)
      .execute();
    expect(history.map((x) => x.action)).toEqual(['JOINED', 'TRANSFER_REQUESTED', 'TRANSFERRED']);

    const kept = await countersSnapshot(h);
    await rebuildMemberCounts(h.db);
    expect(await countersSnapshot(h)).toBe(kept);
  });

  it('a refused transfer leaves the member ACTIVE where it was', async () => {
    const { memberId } = await enroll(h, { orgId: h.tree.shop });
    const opened = await h.gql(as('ORG_ADMIN', { org: h.tree.shop }), REQUEST, {
      input: { memberId, toOrganizationId: h.tree.factory },
    });
    const id = opened.data.requestMemberTransfer.transfer.id;
    const incoming = await h.gql(
      as('ORG_ADMIN', { org: h.tree.factory }),
      `query($id: ID!) { _entities(representations: [{ __typename: "Organization", id: $id }]) { ... on Organization { incomingTransfers { id } } } }`,
      { id: h.tree.factory },
    );
    expect(incoming.data._entities[0].incomingTransfers).toEqual([{ id }]);
    const rejected = await h.gql(as('FEDERATION_ADMIN', { region: '440106' }), REJECT, { id });
    expect(rejected.data.rejectMemberTransfer.transfer).toEqual({
      status: 'REJECTED',
      reason: '未核实劳动关系',
    });
    const member = await h.db
      .selectFrom('members')
      .selectAll()
      .where('id', '=', memberId)
      .executeTakeFirstOrThrow();
    expect([member.org_id, member.status]).toEqual([h.tree.shop, 'ACTIVE']);
  });
});
