import { randomBytes } from 'node:crypto';
import { makeNationalId } from '@union/kit';
import { startStack, type GqlResult, type Stack } from '../support/stack';
import { clusterConflicts, countRetries, eventually, NODE_URLS, openOn, outcome, race } from './cluster';

/*
 * The write paths' concurrency guarantees on a multi-primary cluster: two replicas of every
 * subgraph, one connected to node1 and one to node2, and the gateway's requests spread over them
 * round-robin, so racing requests meet as write conflicts across nodes (certification failures at
 * COMMIT), which inTransaction runs again.
 */

const SUBMIT = `mutation($input: SubmitMembershipApplicationInput!) {
  submitMembershipApplication(input: $input) { application { id status } } }`;
const APPROVE = `mutation($id: ID!) { approveMembershipApplication(input: { id: $id }) {
  application { status } member { id cardNumber } } }`;
const CREATE_PROGRAM = `mutation($input: CreateServiceProgramInput!) { createServiceProgram(input: $input) { program { id } } }`;
const OPEN_PROGRAM = `mutation($id: ID!) { openServiceProgram(input: { id: $id }) { program { status } } }`;
const REQUEST = `mutation($input: RequestServiceInput!) { requestService(input: $input) { request { id } } }`;
const OPEN_CASE = `mutation($input: OpenHardshipCaseInput!) { openHardshipCase(input: $input) { hardshipCase { id } } }`;
const GRANT = `mutation($input: GrantAssistanceInput!) { grantAssistance(input: $input) { grant { id } replayed } }`;
const REPORT = `mutation($input: ReportLaborDisputeInput!) { reportLaborDispute(input: $input) { dispute { id caseNumber } } }`;

function ok<T = any>(result: GqlResult<T>): T {
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const tally = (results: GqlResult[]) =>
  results.reduce<Record<string, number>>((t, r) => ({ ...t, [outcome(r)]: (t[outcome(r)] ?? 0) + 1 }), {});

describe('concurrency guarantees with each subgraph on two Galera nodes', () => {
  let stack: Stack;
  let provinceAdmin: string;
  let orgAdmin: string;
  let unionId: string;
  let activeMembers: string[];
  const retries = countRetries();
  let conflictsBefore = 0;
  const database = (name: string) => {
    const target = stack.prepared.find((p) => p.name === name)!.target;
    if (target.dialect !== 'mysql') throw new Error('expected MySQL');
    return target.database;
  };

  beforeAll(async () => {
    stack = await startStack({ dialect: 'mysql', replicaDatabaseUrls: [NODE_URLS[0]!, NODE_URLS[1]!] });
    provinceAdmin = await stack.token({ role: 'FEDERATION_ADMIN', region: '44' });
    // The union of 4401 with the most active members (the capacity race needs eight askers).
    const found = ok(
      await stack.gql(
        provinceAdmin,
        `{ members(first: 100, filter: { regionPrefix: "4401", status: ACTIVE }) {
            nodes { id organization { id } } } }`,
      ),
    );
    const byUnion = new Map<string, string[]>();
    for (const m of found.members.nodes)
      byUnion.set(m.organization.id, [...(byUnion.get(m.organization.id) ?? []), m.id]);
    [unionId, activeMembers] = [...byUnion].sort((a, b) => b[1].length - a[1].length)[0]!;
    orgAdmin = await stack.token({ role: 'ORG_ADMIN', org: unionId });
    conflictsBefore = await clusterConflicts();
  });
  // Retries per scenario, printed at the end (the measurement docs/scale.md quotes).
  const perTest: Record<string, number> = {};
  let seen = 0;
  afterEach(() => {
    perTest[expect.getState().currentTestName ?? '?'] = retries.total - seen;
    seen = retries.total;
  });
  afterAll(async () => {
    retries.stop();
    await stack?.close();
  });

  it('runs two replicas of every subgraph, one on node1 and one on node2', () => {
    for (const urls of Object.values(stack.replicaUrls)) expect(urls).toHaveLength(2);
  });

  it('approves each application into exactly one member, however many approvers race', async () => {
    const applications: string[] = [];
    for (let i = 0; i < 4; i++) {
      const idNumber = makeNationalId({
        regionCode: '440106',
        birthDate: '1990-01-01',
        sequence: `${900 + i}`,
      });
      const submitted = ok(
        await stack.gql(null, SUBMIT, {
          input: {
            name: `集群测试${i}`,
            idNumber,
            phone: `1381234${String(1000 + i).padStart(4, '0')}`,
            organizationId: unionId,
            hukouType: 'URBAN',
          },
        }),
      );
      applications.push(submitted.submitMembershipApplication.application.id);
    }
    for (const id of applications) {
      const results = await race(6, () => stack.gql(orgAdmin, APPROVE, { id }));
      expect(tally(results)).toEqual({ OK: 1, INVALID_STATE_TRANSITION: 5 });
    }
    const members = await openOn(NODE_URLS[2]!, database('members'));
    try {
      // Read on the third node: the approvals were made on node1 and node2.
      await eventually(async () => {
        const rows = await members
          .selectFrom('membership_applications')
          .select(['status', 'member_id'])
          .where('id', 'in', applications)
          .execute();
        return rows.every((r: any) => r.status === 'APPROVED' && r.member_id);
      });
      const approved = await members
        .selectFrom('membership_applications')
        .select('member_id')
        .where('id', 'in', applications)
        .execute();
      const created = await members
        .selectFrom('members')
        .select(['id', 'card_number'])
        .where(
          'id',
          'in',
          approved.map((a: any) => a.member_id),
        )
        .execute();
      expect(created).toHaveLength(applications.length);
      expect(new Set(created.map((m: any) => m.card_number)).size).toBe(applications.length);
    } finally {
      await members.destroy();
    }
  });

  it('never gives a program more places than its capacity', async () => {
    expect(activeMembers.length).toBeGreaterThanOrEqual(8);
    const program = ok(
      await stack.gql(provinceAdmin, CREATE_PROGRAM, {
        input: {
          name: '集群容量测试',
          category: 'LIVING_SERVICES',
          mode: 'UNIVERSAL',
          organizationId: unionId,
          capacity: 3,
        },
      }),
    ).createServiceProgram.program.id;
    ok(await stack.gql(provinceAdmin, OPEN_PROGRAM, { id: program }));
    const askers = activeMembers.slice(0, 8);
    const results = await race(askers.length, (i) =>
      stack.gql(provinceAdmin, REQUEST, { input: { programId: program, memberId: askers[i] } }),
    );
    expect(tally(results)).toEqual({ OK: 3, CONFLICT: 5 });
    const services = await openOn(NODE_URLS[2]!, database('services'));
    try {
      await eventually(async () => {
        const row = await services
          .selectFrom('service_programs')
          .select('taken')
          .where('id', '=', program)
          .executeTakeFirst();
        return Number(row?.taken) === 3;
      });
      const live = await services
        .selectFrom('service_requests')
        .select('id')
        .where('program_id', '=', program)
        .execute();
      expect(live).toHaveLength(3);
    } finally {
      await services.destroy();
    }
  });

  it('pays one grant per idempotency key when the same grant is sent eight times at once', async () => {
    const hardshipCase = ok(
      await stack.gql(orgAdmin, OPEN_CASE, {
        input: {
          memberId: activeMembers[activeMembers.length - 1],
          level: 'GENERAL',
          reasons: ['ILLNESS'],
          householdSize: 3,
          monthlyIncomePerHeadCents: 60000,
        },
      }),
    ).openHardshipCase.hardshipCase.id;
    const key = `cluster-${randomBytes(6).toString('hex')}`;
    const results = await race(8, () =>
      stack.gql(orgAdmin, GRANT, {
        input: { caseId: hardshipCase, amountCents: 80000, kind: 'CASH', idempotencyKey: key },
      }),
    );
    expect(tally(results)).toEqual({ OK: 8 });
    const grants = results.map((r) => r.data.grantAssistance);
    expect(new Set(grants.map((g) => g.grant.id)).size).toBe(1);
    expect(grants.filter((g) => !g.replayed)).toHaveLength(1);
    const services = await openOn(NODE_URLS[2]!, database('services'));
    try {
      await eventually(async () => {
        const rows = await services
          .selectFrom('assistance_grants')
          .select('id')
          .where('idempotency_key', '=', key)
          .execute();
        return rows.length >= 1;
      });
      const rows = await services
        .selectFrom('assistance_grants')
        .select('id')
        .where('idempotency_key', '=', key)
        .execute();
      expect(rows).toHaveLength(1);
    } finally {
      await services.destroy();
    }
  });

  it('numbers disputes reported at once in one city uniquely and without gaps', async () => {
    const results = await race(10, (i) =>
      stack.gql(provinceAdmin, REPORT, {
        input: {
          organizationId: unionId,
          category: 'WAGE_ARREARS',
          summary: `集群并发立案 ${i}`,
          claimantMemberIds: [],
          headcount: 3,
          amountClaimedCents: 100_000,
          riskLevel: 'LOW',
        },
      }),
    );
    expect(tally(results)).toEqual({ OK: 10 });
    const numbers = results.map((r) => r.data.reportLaborDispute.dispute.caseNumber as string).sort();
    expect(new Set(numbers).size).toBe(10);
    const serials = numbers.map((n) => Number(n.slice(-6)));
    expect(serials[serials.length - 1]! - serials[0]!).toBe(9);
  });

  it('met real cross-node conflicts and retried them', async () => {
    const raised = (await clusterConflicts()) - conflictsBefore;
    console.log(
      `cluster conflicts (certification failures + brute-force aborts): ${raised}; inTransaction retries: ${JSON.stringify(retries.byCode)}; per test: ${JSON.stringify(perTest, null, 1)}`,
    );
    expect(raised).toBeGreaterThan(0);
    expect(retries.byCode.ER_LOCK_DEADLOCK ?? 0).toBeGreaterThan(0);
  });
});
