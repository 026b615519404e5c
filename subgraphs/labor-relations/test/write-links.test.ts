import { countRows, newId, testDialects, todayIso } from '@union/kit';
import {
  buildWorld,
  createContract,
  GUANGZHOU_ADMIN,
  PROVINCE_ADMIN,
  SHENZHEN_ADMIN,
  type World,
} from './fixture';
import { as, expectError, startHarness, type Harness } from './harness';

/*
 * Issue 9 §2 for every link a labor-relations write names. Organizations, members and service
 * requests belong to other subgraphs; here they come from FixtureFacts (what `_entities` would
 * answer — the real path runs in test/src/security/write-links.e2e.test.ts). Outside the caller's
 * scope → FORBIDDEN, missing → NOT_FOUND, naming the field, and nothing stored. The titles are
 * listed by test/src/security/link-fields.test.ts.
 */
const CONTRACT = `mutation($input: CreateCollectiveContractInput!) { createCollectiveContract(input: $input) { contract { id } } }`;
const ROUND = `mutation($input: RecordNegotiationRoundInput!) { recordNegotiationRound(input: $input) { round { roundNumber } } }`;
const REPORT = `mutation($input: ReportLaborDisputeInput!) { reportLaborDispute(input: $input) { dispute { id } } }`;
const CONGRESS = `mutation($input: RecordWorkersCongressInput!) { recordWorkersCongress(input: $input) { congress { id } } }`;
const ASSESS = `mutation($input: RecordRiskAssessmentInput!) { recordRiskAssessment(input: $input) { assessment { id } } }`;

type Table =
  | 'collective_contracts'
  | 'contract_rounds'
  | 'labor_disputes'
  | 'dispute_claimants'
  | 'workers_congresses'
  | 'risk_assessments';

describe.each(testDialects())('links named by labor-relations writes on %s', (dialect) => {
  let h: Harness;
  let w: World;
  beforeAll(async () => {
    h = await startHarness(dialect);
    w = buildWorld(h);
  });
  afterAll(() => h.close());

  async function storesNothing(tables: Table[], run: () => Promise<void>) {
    const before = await Promise.all(tables.map((t) => countRows(h.db, t)));
    await run();
    expect(await Promise.all(tables.map((t) => countRows(h.db, t)))).toEqual(before);
  }
  const dispute = (extra: Record<string, unknown>) => ({
    organizationId: w.factory,
    category: 'WAGE_ARREARS',
    summary: '拖欠工资',
    claimantMemberIds: [],
    headcount: 3,
    amountClaimedCents: 300_000,
    riskLevel: 'LOW',
    ...extra,
  });
  const DISPUTE_TABLES: Table[] = ['labor_disputes', 'dispute_claimants'];

  it('attack: a Guangzhou admin can no longer attach a Shenzhen legal-aid request to a dispute (reportLaborDispute input.legalAidRequestId)', async () => {
    const shenzhenRequest = h.facts.addServiceRequest(w.shop);
    const counselling = h.facts.addServiceRequest(w.factory, 'PSYCHOLOGICAL_COUNSELING');
    await storesNothing(DISPUTE_TABLES, async () => {
      expectError(
        await h.gql(GUANGZHOU_ADMIN, REPORT, { input: dispute({ legalAidRequestId: shenzhenRequest }) }),
        'FORBIDDEN',
        'input.legalAidRequestId',
      );
      expectError(
        await h.gql(GUANGZHOU_ADMIN, REPORT, { input: dispute({ legalAidRequestId: newId() }) }),
        'NOT_FOUND',
        'input.legalAidRequestId',
      );
      expectError(
        await h.gql(GUANGZHOU_ADMIN, REPORT, { input: dispute({ legalAidRequestId: counselling }) }),
        'BAD_USER_INPUT',
        'input.legalAidRequestId',
      );
    });
    // The city's own legal-aid request is the admin's to attach.
    const own = h.facts.addServiceRequest(w.factory);
    const ok = await h.gql(GUANGZHOU_ADMIN, REPORT, { input: dispute({ legalAidRequestId: own }) });
    expect(ok.data.reportLaborDispute.dispute.id).toBeTruthy();
  });

  it('reportLaborDispute input.claimantMemberIds: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    await storesNothing(DISPUTE_TABLES, async () => {
      expectError(
        await h.gql(GUANGZHOU_ADMIN, REPORT, {
          input: dispute({ claimantMemberIds: [w.factoryMembers[0], w.shopMembers[0]] }),
        }),
        'FORBIDDEN',
        'input.claimantMemberIds.1',
      );
      expectError(
        await h.gql(as('ORG_ADMIN', { org: w.factory }), REPORT, {
          input: dispute({ claimantMemberIds: [w.shopMembers[0]] }),
        }),
        'FORBIDDEN',
        'input.claimantMemberIds.0',
      );
      expectError(
        await h.gql(GUANGZHOU_ADMIN, REPORT, {
          input: dispute({ claimantMemberIds: [w.shopMembers[0], newId()] }),
        }),
        'NOT_FOUND',
        'input.claimantMemberIds.1',
      );
    });
  });

  it('reportLaborDispute input.organizationId: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    await storesNothing(DISPUTE_TABLES, async () => {
      expectError(
        await h.gql(GUANGZHOU_ADMIN, REPORT, { input: dispute({ organizationId: w.shop }) }),
        'FORBIDDEN',
        'input.organizationId',
      );
      expectError(
        await h.gql(GUANGZHOU_ADMIN, REPORT, { input: dispute({ organizationId: newId() }) }),
        'NOT_FOUND',
        'input.organizationId',
      );
    });
  });

  it('createCollectiveContract input.organizationId: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const input = { kind: 'GENERAL', title: '集体合同' };
    await storesNothing(['collective_contracts'], async () => {
      expectError(
        await h.gql(SHENZHEN_ADMIN, CONTRACT, { input: { ...input, organizationId: w.factory } }),
        'FORBIDDEN',
        'input.organizationId',
      );
      expectError(
        await h.gql(as('ORG_ADMIN', { org: w.shop }), CONTRACT, {
          input: { ...input, organizationId: w.factory },
        }),
        'FORBIDDEN',
        'input.organizationId',
      );
      expectError(
        await h.gql(PROVINCE_ADMIN, CONTRACT, { input: { ...input, organizationId: newId() } }),
        'NOT_FOUND',
        'input.organizationId',
      );
    });
  });

  it('recordNegotiationRound input.contractId: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const contract = await createContract(h, {
      organizationId: w.factory,
      kind: 'GENERAL',
      title: '工资专项',
    });
    const input = { contractId: contract.id, heldOn: todayIso(), summary: '第一轮协商' };
    await storesNothing(['contract_rounds'], async () => {
      expectError(await h.gql(SHENZHEN_ADMIN, ROUND, { input }), 'FORBIDDEN', 'input.contractId');
      expectError(
        await h.gql(PROVINCE_ADMIN, ROUND, { input: { ...input, contractId: newId() } }),
        'NOT_FOUND',
        'input.contractId',
      );
    });
  });

  it('recordWorkersCongress input.organizationId: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const input = {
      session: '第一届第一次',
      heldOn: todayIso(),
      delegates: 30,
      resolutionsAdopted: 2,
      opennessItems: [],
    };
    await storesNothing(['workers_congresses'], async () => {
      expectError(
        await h.gql(GUANGZHOU_ADMIN, CONGRESS, { input: { ...input, organizationId: w.shop } }),
        'FORBIDDEN',
        'input.organizationId',
      );
      expectError(
        await h.gql(GUANGZHOU_ADMIN, CONGRESS, { input: { ...input, organizationId: newId() } }),
        'NOT_FOUND',
        'input.organizationId',
      );
    });
  });

  it('recordRiskAssessment input.organizationId: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const input = { period: '2026-Q1', assessedOn: todayIso(), findings: '无', riskLevel: 'LOW' };
    await storesNothing(['risk_assessments'], async () => {
      expectError(
        await h.gql(GUANGZHOU_ADMIN, ASSESS, { input: { ...input, organizationId: w.shop } }),
        'FORBIDDEN',
        'input.organizationId',
      );
      expectError(
        await h.gql(GUANGZHOU_ADMIN, ASSESS, { input: { ...input, organizationId: newId() } }),
        'NOT_FOUND',
        'input.organizationId',
      );
    });
  });
});
