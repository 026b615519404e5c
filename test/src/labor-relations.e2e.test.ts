import { testDialects } from '@union/kit';
import { errorWith, startStack, type Stack } from './support/stack';

/*
 * Labor relations through the real gateway over all four subgraphs, seeded at scale 0.1: the
 * integrator's four-subgraph question in one request, a dispute moved through its states with a
 * timeline, contracts expiring in the next 30 days for a region, and scope escapes.
 */
const GUANGZHOU_UNIONS = `{
  organizations(first: 25, filter: { regionPrefix: "4401", kind: GRASSROOTS, status: ACTIVE }) {
    nodes {
      id name region { code }
      employer { name creditCode }
      memberStats { total }
      serviceStats { openHardshipCases }
      laborRelations { hasValidContract contractExpiresOn openDisputes riskLevel lastWorkersCongress { heldOn } }
    }
  }
}`;

const DISPUTE = `id caseNumber status version allowedTransitions
  organization { id name } employer { name }
  claimants { id gender }
  timeline { kind fromStatus toStatus note actorRole }`;

describe.each(testDialects())('labor relations through the gateway on %s', (dialect) => {
  let stack: Stack;
  let guangzhouAdmin: string;
  let guangzhouAuditor: string;
  let shenzhenAdmin: string;
  beforeAll(async () => {
    stack = await startStack({ dialect });
    guangzhouAdmin = await stack.token({ role: 'FEDERATION_ADMIN', region: '4401' });
    guangzhouAuditor = await stack.token({ role: 'AUDITOR', region: '4401' });
    shenzhenAdmin = await stack.token({ role: 'FEDERATION_ADMIN', region: '4403' });
  });
  afterAll(() => stack?.close());

  it.each(['FEDERATION_ADMIN', 'AUDITOR'])(
    'answers the integrator question across all four subgraphs in one request (%s 4401)',
    async (role) => {
      const token = role === 'AUDITOR' ? guangzhouAuditor : guangzhouAdmin;
      const result = await stack.gql(token, GUANGZHOU_UNIONS);
      expect(result.errors).toBeUndefined();
      const nodes = result.data.organizations.nodes;
      expect(nodes.length).toBeGreaterThan(5);
      for (const union of nodes) {
        expect(union.region.code.startsWith('4401')).toBe(true); // organizations
        expect(union.employer.creditCode).toHaveLength(18); // organizations
        expect(union.memberStats.total).toBeGreaterThanOrEqual(0); // members
        expect(union.serviceStats.openHardshipCases).toBeGreaterThanOrEqual(0); // services
        expect(typeof union.laborRelations.hasValidContract).toBe('boolean'); // labor relations
        expect(union.laborRelations.openDisputes).toBeGreaterThanOrEqual(0);
      }
      expect(nodes.some((n: any) => n.memberStats.total > 0)).toBe(true);
      expect(nodes.some((n: any) => n.laborRelations.hasValidContract)).toBe(true);

      // The summary agrees with the dispute list of the same organizations.
      const busiest = [...nodes].sort(
        (a: any, b: any) => b.laborRelations.openDisputes - a.laborRelations.openDisputes,
      )[0];
      const list = await stack.gql(
        token,
        `query($id: ID!) { laborDisputes(filter: { organizationId: $id, open: true }) { totalCount } }`,
        { id: busiest.id },
      );
      expect(list.data.laborDisputes.totalCount).toBe(busiest.laborRelations.openDisputes);

      const region = await stack.gql(
        token,
        `{ region(code: "4401") { name laborStats { organizationsWithValidContract employeesCovered openDisputes
           openDisputesByCategory { category count } organizationsAtHighRisk amountClaimedThisYearCents } } }`,
      );
      expect(region.errors).toBeUndefined();
      const stats = region.data.region.laborStats;
      expect(region.data.region.name).toBe('广州市');
      expect(stats.organizationsWithValidContract).toBeGreaterThan(0);
      expect(stats.openDisputesByCategory.reduce((n: number, c: any) => n + c.count, 0)).toBe(
        stats.openDisputes,
      );
    },
  );

  it('moves a dispute through its states with a timeline, claimants resolved by members', async () => {
    const find = await stack.gql(
      guangzhouAdmin,
      `{ organizations(first: 40, filter: { regionPrefix: "4401", kind: GRASSROOTS, status: ACTIVE }) {
           nodes { id members(first: 3) { nodes { id } } } } }`,
    );
    expect(find.errors).toBeUndefined();
    const union = find.data.organizations.nodes.find((n: any) => n.members.nodes.length >= 2);
    const claimants = union.members.nodes.map((m: any) => m.id);

    const reported = await stack.gql(
      guangzhouAdmin,
      `mutation($input: ReportLaborDisputeInput!) { reportLaborDispute(input: $input) { dispute { ${DISPUTE} } } }`,
      {
        input: {
          organizationId: union.id,
          category: 'WAGE_ARREARS',
          summary: '企业拖欠两个月工资',
          claimantMemberIds: claimants,
          headcount: 12,
          amountClaimedCents: 3_600_000,
          riskLevel: 'HIGH',
        },
      },
    );
    expect(reported.errors).toBeUndefined();
    const dispute = reported.data.reportLaborDispute.dispute;
    expect(dispute.caseNumber).toMatch(/^4401-\d{4}-\d{6}$/);
    expect(dispute.organization.id).toBe(union.id);
    expect(dispute.claimants.map((c: any) => c.id).sort()).toEqual([...claimants].sort());
    expect(dispute.claimants.every((c: any) => ['MALE', 'FEMALE'].includes(c.gender))).toBe(true);

    const move = `mutation($input: MoveLaborDisputeInput!) { moveLaborDispute(input: $input) { dispute { ${DISPUTE} amountRecoveredCents } } }`;
    const illegal = await stack.gql(guangzhouAdmin, move, { input: { id: dispute.id, to: 'LITIGATION' } });
    expect(errorWith(illegal, 'INVALID_STATE_TRANSITION').extensions).toMatchObject({
      currentState: 'REPORTED',
      requestedState: 'LITIGATION',
    });
    let last: any;
    for (const [to, note] of [
      ['MEDIATING', '调委会受理'],
      ['MEDIATED', '达成调解协议'],
      ['CLOSED', '工资已足额支付'],
    ]) {
      const moved = await stack.gql(guangzhouAdmin, move, {
        input: { id: dispute.id, to, note, amountRecoveredCents: to === 'CLOSED' ? 3_600_000 : null },
      });
      expect(moved.errors).toBeUndefined();
      last = moved.data.moveLaborDispute.dispute;
    }
    expect(last).toMatchObject({ status: 'CLOSED', allowedTransitions: [], amountRecoveredCents: 3_600_000 });
    expect(last.timeline.map((e: any) => [e.kind, e.fromStatus, e.toStatus, e.note])).toEqual([
      ['REPORTED', null, 'REPORTED', null],
      ['TRANSITION', 'REPORTED', 'MEDIATING', '调委会受理'],
      ['TRANSITION', 'MEDIATING', 'MEDIATED', '达成调解协议'],
      ['TRANSITION', 'MEDIATED', 'CLOSED', '工资已足额支付'],
    ]);

    // The claimant sees it among its own disputes (Member.disputes, resolved here for members' Member).
    const memberToken = await stack.token({ role: 'MEMBER', member: claimants[0] });
    const mine = await stack.gql(memberToken, `{ me { id disputes { caseNumber status } } }`);
    expect(mine.errors).toBeUndefined();
    expect(mine.data.me.disputes).toContainEqual({ caseNumber: dispute.caseNumber, status: 'CLOSED' });
    // Another member of the same organization does not.
    const others = await stack.gql(
      guangzhouAdmin,
      `query($id: ID!) { organization(id: $id) { members(first: 20) { nodes { id } } } }`,
      { id: union.id },
    );
    const bystander = others.data.organization.members.nodes
      .map((m: any) => m.id)
      .find((id: string) => !claimants.includes(id));
    if (bystander) {
      const token = await stack.token({ role: 'MEMBER', member: bystander });
      const seen = await stack.gql(token, `query($id: ID!) { laborDispute(id: $id) { caseNumber } }`, {
        id: dispute.id,
      });
      expect(seen.data.laborDispute).toBeNull();
      errorWith(seen, 'FORBIDDEN');
    }
  });

  it('points seeded disputes at the claimant`s legal-aid request, resolved by services', async () => {
    const province = await stack.token({ role: 'FEDERATION_ADMIN', region: '44' });
    const result = await stack.gql(
      province,
      `{ laborDisputes(first: 10, filter: { withLegalAid: true }) {
           nodes { caseNumber claimants { id } legalAidRequest { id category member { id } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data.laborDisputes.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const d of nodes) {
      expect(d.legalAidRequest.category).toBe('LEGAL_AID');
      expect(d.claimants.map((c: any) => c.id)).toContain(d.legalAidRequest.member.id);
    }
  });

  it('lists the contracts of a region expiring in the next 30 days', async () => {
    const result = await stack.gql(
      guangzhouAdmin,
      `{ collectiveContracts(first: 100, orderBy: EXPIRY, filter: { regionPrefix: "4401", expiringWithinDays: 30 }) {
           totalCount nodes { status kind effectiveTo daysUntilExpiry region { code } organization { name } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const { totalCount, nodes } = result.data.collectiveContracts;
    expect(totalCount).toBeGreaterThan(0);
    const days = nodes.map((c: any) => c.daysUntilExpiry);
    expect(days).toEqual([...days].sort((a, b) => a - b)); // soonest first
    for (const c of nodes) {
      expect(['SIGNED', 'FILED']).toContain(c.status);
      expect(c.daysUntilExpiry).toBeGreaterThanOrEqual(0);
      expect(c.daysUntilExpiry).toBeLessThanOrEqual(30);
      expect(c.region.code.startsWith('4401')).toBe(true);
      expect(c.organization.name).toMatch(/工会/); // resolved by organizations
    }
    const expired = await stack.gql(
      guangzhouAdmin,
      `{ collectiveContracts(first: 5, filter: { regionPrefix: "4401", status: EXPIRED }) { nodes { status daysUntilExpiry } } }`,
    );
    expect(expired.data.collectiveContracts.nodes.length).toBeGreaterThan(0);
    expect(expired.data.collectiveContracts.nodes.every((c: any) => c.status === 'EXPIRED')).toBe(true);
  });

  it('keeps Guangzhou out of reach of a Shenzhen admin, members and anonymous callers', async () => {
    const gz = await stack.gql(
      guangzhouAdmin,
      `{ laborDisputes(first: 1) { nodes { id organization { id } } } collectiveContracts(first: 1) { nodes { id } } }`,
    );
    const disputeId = gz.data.laborDisputes.nodes[0].id;
    const contractId = gz.data.collectiveContracts.nodes[0].id;

    const single = await stack.gql(
      shenzhenAdmin,
      `query($d: ID!, $c: ID!) { laborDispute(id: $d) { caseNumber } collectiveContract(id: $c) { title } }`,
      { d: disputeId, c: contractId },
    );
    expect(single.data).toEqual({ laborDispute: null, collectiveContract: null });
    expect(single.errors?.filter((e) => e.extensions?.code === 'FORBIDDEN')).toHaveLength(2);

    const widened = await stack.gql(
      shenzhenAdmin,
      `{ laborDisputes(filter: { regionPrefix: "4401" }) { totalCount } collectiveContracts(filter: { regionPrefix: "44" }) { nodes { region { code } } } }`,
    );
    expect(widened.data.laborDisputes.totalCount).toBe(0);
    expect(widened.data.collectiveContracts.nodes.every((c: any) => c.region.code.startsWith('4403'))).toBe(
      true,
    );

    const stats = await stack.gql(
      shenzhenAdmin,
      `{ region(code: "4401") { name laborStats { openDisputes } } }`,
    );
    expect(stats.data.region).toEqual({ name: '广州市', laborStats: null });
    errorWith(stats, 'FORBIDDEN');

    const orgAdmin = await stack.token({
      role: 'ORG_ADMIN',
      org: gz.data.laborDisputes.nodes[0].organization.id,
    });
    const own = await stack.gql(orgAdmin, `{ laborDisputes(first: 100) { nodes { organization { id } } } }`);
    expect(
      own.data.laborDisputes.nodes.every(
        (n: any) => n.organization.id === gz.data.laborDisputes.nodes[0].organization.id,
      ),
    ).toBe(true);

    const anonymous = await stack.gql(null, `{ laborDisputes { totalCount } }`);
    errorWith(anonymous, 'UNAUTHENTICATED');

    const direct = await fetch(stack.subgraphUrls['labor-relations']!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ laborDisputes { totalCount } }' }),
    });
    expect(direct.status).toBe(401);
  });
});
