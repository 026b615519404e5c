import { countRows, createDatabase, makeNationalId, newId, testDialects } from '@union/kit';
import type { Kysely } from 'kysely';
import { errorWith, startStack, type GqlResult, type Stack } from '../support/stack';

/*
 * Issue 9 §2 through the real gateway over all four subgraphs, on both databases: a write is in
 * scope only if every row it links to is. Facts owned by another subgraph (a union's region, a
 * member's organization, a service request's category and region) are asked of their owner
 * through `_entities`; the caller's own scope decides. Each refusal names the input field, and the
 * row counts of every table of every subgraph are unchanged afterwards. The two attacks first:
 * both succeeded before. Titles are listed by link-fields.test.ts.
 */
interface Union {
  id: string;
  version: number;
  employer: { id: string } | null;
}

function expectRefused(result: GqlResult, code: 'FORBIDDEN' | 'NOT_FOUND', field: string) {
  const error = errorWith(result, code);
  expect(error.extensions?.field).toBe(field);
  expect(result.data?.[Object.keys(result.data ?? {})[0] ?? ''] ?? null).toBeNull();
}

const UNION_OF_MEMBER = (prefix: string) => `{
  members(first: 1, filter: { regionPrefix: "${prefix}", status: ACTIVE }) {
    nodes { id organization { id version employer { id } } }
  }
}`;

describe.each(testDialects())('write links through the gateway on %s', (dialect) => {
  let stack: Stack;
  const databases: { name: string; db: Kysely<any>; tables: string[] }[] = [];
  let province: string;
  let guangzhou: string;
  let shenzhen: string;
  let gzMember: string;
  let gzUnion: Union;
  let szMember: string;
  let szUnion: Union;
  let szLegalAid: string;
  let gzProgram: string;
  let gzCase: string;

  const gql = (token: string | null, query: string, variables?: Record<string, unknown>) =>
    stack.gql(token, query, variables);
  async function rowCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const { name, db, tables } of databases)
      for (const t of tables) counts[`${name}.${t}`] = await countRows(db, t);
    return counts;
  }
  /** Runs refused writes and proves no table of any subgraph changed. */
  async function storesNothing(run: () => Promise<void>) {
    const before = await rowCounts();
    await run();
    expect(await rowCounts()).toEqual(before);
  }
  async function ok(token: string, query: string, variables?: Record<string, unknown>) {
    const result = await gql(token, query, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  beforeAll(async () => {
    stack = await startStack({ dialect, scale: 0.05 });
    province = await stack.token({ role: 'FEDERATION_ADMIN', region: '44' });
    guangzhou = await stack.token({ role: 'FEDERATION_ADMIN', region: '4401' });
    shenzhen = await stack.token({ role: 'FEDERATION_ADMIN', region: '4403' });
    const gz = (await ok(province, UNION_OF_MEMBER('4401'))).members.nodes[0];
    const sz = (await ok(province, UNION_OF_MEMBER('4403'))).members.nodes[0];
    [gzMember, gzUnion, szMember, szUnion] = [gz.id, gz.organization, sz.id, sz.organization];

    // A Shenzhen member's legal-aid request, made the ordinary way by Shenzhen staff.
    const program = await ok(
      shenzhen,
      `mutation($input: CreateServiceProgramInput!) { createServiceProgram(input: $input) { program { id } } }`,
      {
        input: { name: '深圳法律援助', category: 'LEGAL_AID', mode: 'UNIVERSAL', organizationId: szUnion.id },
      },
    );
    const szProgram = program.createServiceProgram.program.id;
    await ok(shenzhen, `mutation($id: ID!) { openServiceProgram(input: { id: $id }) { program { id } } }`, {
      id: szProgram,
    });
    const request = await ok(
      shenzhen,
      `mutation($input: RequestServiceInput!) { requestService(input: $input) { request { id } } }`,
      { input: { programId: szProgram, memberId: szMember } },
    );
    szLegalAid = request.requestService.request.id;

    const gzOpen = await ok(
      guangzhou,
      `mutation($input: CreateServiceProgramInput!) { createServiceProgram(input: $input) { program { id } } }`,
      {
        input: {
          name: '广州职工关爱',
          category: 'LIVING_SERVICES',
          mode: 'UNIVERSAL',
          organizationId: gzUnion.id,
        },
      },
    );
    gzProgram = gzOpen.createServiceProgram.program.id;
    await ok(guangzhou, `mutation($id: ID!) { openServiceProgram(input: { id: $id }) { program { id } } }`, {
      id: gzProgram,
    });
    const hardship = await gql(
      guangzhou,
      `mutation($input: OpenHardshipCaseInput!) { openHardshipCase(input: $input) { hardshipCase { id } } }`,
      {
        input: {
          memberId: gzMember,
          level: 'GENERAL',
          reasons: ['ILLNESS'],
          householdSize: 3,
          monthlyIncomePerHeadCents: 90_000,
        },
      },
    );
    // The seed may already hold this member's open case; either one will do.
    gzCase =
      hardship.data?.openHardshipCase?.hardshipCase.id ??
      (
        await ok(
          guangzhou,
          `query($m: ID!) { hardshipCases(first: 1, filter: { memberId: $m, status: OPEN }) { nodes { id } } }`,
          { m: gzMember },
        )
      ).hardshipCases.nodes[0].id;

    for (const p of stack.prepared) {
      const db = await createDatabase<any>(p.target);
      const tables = (await db.introspection.getTables())
        .map((t) => t.name)
        .filter((t) => !t.startsWith('kysely_'));
      databases.push({ name: p.name, db, tables });
    }
  }, 180_000);

  afterAll(async () => {
    for (const d of databases) await d.db.destroy();
    await stack?.close();
  });

  it('attack: an ORG_ADMIN links its union to an employer of another city, which its members would then read (updateOrganization input.employerId)', async () => {
    const admin = await stack.token({ role: 'ORG_ADMIN', org: gzUnion.id });
    const update = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }`;
    await storesNothing(async () => {
      expectRefused(
        await gql(admin, update, {
          input: { id: gzUnion.id, expectedVersion: gzUnion.version, employerId: szUnion.employer!.id },
        }),
        'FORBIDDEN',
        'input.employerId',
      );
      expectRefused(
        await gql(admin, update, {
          input: { id: gzUnion.id, expectedVersion: gzUnion.version, employerId: newId() },
        }),
        'NOT_FOUND',
        'input.employerId',
      );
    });
    // What the union's own members read is untouched: still their own employer, same version.
    const memberToken = await stack.token({ role: 'MEMBER', member: gzMember });
    const seen = await ok(memberToken, `query($id: ID!) { organization(id: $id) { employer { id } } }`, {
      id: gzUnion.id,
    });
    expect(seen.organization.employer?.id ?? null).toBe(gzUnion.employer?.id ?? null);
    const after = await ok(province, `query($id: ID!) { organization(id: $id) { version } }`, {
      id: gzUnion.id,
    });
    expect(after.organization.version).toBe(gzUnion.version);
  });

  it('attack: a Guangzhou admin attaches a Shenzhen legal-aid request to a dispute (reportLaborDispute input.legalAidRequestId)', async () => {
    const report = (legalAidRequestId: string) =>
      gql(
        guangzhou,
        `mutation($input: ReportLaborDisputeInput!) { reportLaborDispute(input: $input) { dispute { id } } }`,
        {
          input: {
            organizationId: gzUnion.id,
            category: 'WAGE_ARREARS',
            summary: '拖欠两个月工资',
            claimantMemberIds: [gzMember],
            headcount: 1,
            amountClaimedCents: 800_000,
            riskLevel: 'LOW',
            legalAidRequestId,
          },
        },
      );
    await storesNothing(async () => {
      expectRefused(await report(szLegalAid), 'FORBIDDEN', 'input.legalAidRequestId');
      expectRefused(await report(newId()), 'NOT_FOUND', 'input.legalAidRequestId');
    });
    // The Shenzhen request is still Shenzhen's to attach.
    const own = await gql(
      shenzhen,
      `mutation($input: ReportLaborDisputeInput!) { reportLaborDispute(input: $input) { dispute { legalAidRequest { id } } } }`,
      {
        input: {
          organizationId: szUnion.id,
          category: 'WAGE_ARREARS',
          summary: '拖欠工资',
          claimantMemberIds: [szMember],
          headcount: 1,
          amountClaimedCents: 500_000,
          riskLevel: 'LOW',
          legalAidRequestId: szLegalAid,
        },
      },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data.reportLaborDispute.dispute.legalAidRequest).toEqual({ id: szLegalAid });
  });

  const DISPUTE = `mutation($input: ReportLaborDisputeInput!) { reportLaborDispute(input: $input) { dispute { id } } }`;
  const disputeInput = (extra: Record<string, unknown>) => ({
    organizationId: gzUnion.id,
    category: 'OTHER',
    summary: '劳动争议',
    claimantMemberIds: [],
    headcount: 2,
    amountClaimedCents: 100_000,
    riskLevel: 'LOW',
    ...extra,
  });

  it('reportLaborDispute input.organizationId: another city’s union → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    await storesNothing(async () => {
      expectRefused(
        await gql(guangzhou, DISPUTE, { input: disputeInput({ organizationId: szUnion.id }) }),
        'FORBIDDEN',
        'input.organizationId',
      );
      expectRefused(
        await gql(guangzhou, DISPUTE, { input: disputeInput({ organizationId: newId() }) }),
        'NOT_FOUND',
        'input.organizationId',
      );
    });
  });

  it('reportLaborDispute input.claimantMemberIds: another city’s member → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    await storesNothing(async () => {
      expectRefused(
        await gql(guangzhou, DISPUTE, { input: disputeInput({ claimantMemberIds: [gzMember, szMember] }) }),
        'FORBIDDEN',
        'input.claimantMemberIds.1',
      );
      expectRefused(
        await gql(guangzhou, DISPUTE, { input: disputeInput({ claimantMemberIds: [newId()] }) }),
        'NOT_FOUND',
        'input.claimantMemberIds.0',
      );
    });
  });

  it('createCollectiveContract input.organizationId: another city’s union → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const create = `mutation($input: CreateCollectiveContractInput!) { createCollectiveContract(input: $input) { contract { id } } }`;
    await storesNothing(async () => {
      expectRefused(
        await gql(guangzhou, create, {
          input: { organizationId: szUnion.id, kind: 'GENERAL', title: '集体合同' },
        }),
        'FORBIDDEN',
        'input.organizationId',
      );
      expectRefused(
        await gql(guangzhou, create, {
          input: { organizationId: newId(), kind: 'GENERAL', title: '集体合同' },
        }),
        'NOT_FOUND',
        'input.organizationId',
      );
    });
  });

  const PROGRAM = `mutation($input: CreateServiceProgramInput!) { createServiceProgram(input: $input) { program { id } } }`;
  const program = (extra: Record<string, unknown>) => ({
    name: '职工服务',
    category: 'CAREER_DEVELOPMENT',
    mode: 'UNIVERSAL',
    ...extra,
  });

  it('createServiceProgram input.organizationId: another city’s union → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    await storesNothing(async () => {
      expectRefused(
        await gql(guangzhou, PROGRAM, { input: program({ organizationId: szUnion.id }) }),
        'FORBIDDEN',
        'input.organizationId',
      );
      expectRefused(
        await gql(guangzhou, PROGRAM, { input: program({ organizationId: newId() }) }),
        'NOT_FOUND',
        'input.organizationId',
      );
    });
  });

  it('createServiceProgram input.coveredRegion: another city → FORBIDDEN, a region no one knows → NOT_FOUND, nothing stored', async () => {
    await storesNothing(async () => {
      expectRefused(
        await gql(guangzhou, PROGRAM, {
          input: program({ organizationId: gzUnion.id, coveredRegion: '4403' }),
        }),
        'FORBIDDEN',
        'input.coveredRegion',
      );
      expectRefused(
        await gql(province, PROGRAM, {
          input: program({ organizationId: gzUnion.id, coveredRegion: '449999' }),
        }),
        'NOT_FOUND',
        'input.coveredRegion',
      );
    });
  });

  it('updateServiceProgram input.coveredRegion: another city → FORBIDDEN, a region no one knows → NOT_FOUND, nothing changed', async () => {
    const read = async () =>
      (
        await ok(province, `query($id: ID!) { serviceProgram(id: $id) { version coveredRegion { code } } }`, {
          id: gzProgram,
        })
      ).serviceProgram;
    const before = await read();
    const update = `mutation($input: UpdateServiceProgramInput!) { updateServiceProgram(input: $input) { program { id } } }`;
    expectRefused(
      await gql(guangzhou, update, {
        input: { id: gzProgram, expectedVersion: before.version, coveredRegion: '4403' },
      }),
      'FORBIDDEN',
      'input.coveredRegion',
    );
    expectRefused(
      await gql(province, update, {
        input: { id: gzProgram, expectedVersion: before.version, coveredRegion: '449999' },
      }),
      'NOT_FOUND',
      'input.coveredRegion',
    );
    expect(await read()).toEqual(before);
  });

  it('requestService input.memberId: another city’s member → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const request = `mutation($input: RequestServiceInput!) { requestService(input: $input) { request { id } } }`;
    await storesNothing(async () => {
      expectRefused(
        await gql(shenzhen, request, { input: { programId: gzProgram, memberId: gzMember } }),
        'FORBIDDEN',
        'input.memberId',
      );
      expectRefused(
        await gql(guangzhou, request, { input: { programId: gzProgram, memberId: newId() } }),
        'NOT_FOUND',
        'input.memberId',
      );
    });
  });

  it('checkInParticipants input.memberIds: another city’s member → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const checkIn = `mutation($input: CheckInParticipantsInput!) { checkInParticipants(input: $input) { recorded } }`;
    const input = { programId: gzProgram, activityOn: '2026-05-01' };
    await storesNothing(async () => {
      expectRefused(
        await gql(guangzhou, checkIn, { input: { ...input, memberIds: [gzMember, szMember] } }),
        'FORBIDDEN',
        'input.memberIds.1',
      );
      expectRefused(
        await gql(guangzhou, checkIn, { input: { ...input, memberIds: [gzMember, newId()] } }),
        'NOT_FOUND',
        'input.memberIds.1',
      );
    });
  });

  it('openHardshipCase input.memberId: another city’s member → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const open = `mutation($input: OpenHardshipCaseInput!) { openHardshipCase(input: $input) { hardshipCase { id } } }`;
    const input = {
      level: 'GENERAL',
      reasons: ['UNEMPLOYMENT'],
      householdSize: 2,
      monthlyIncomePerHeadCents: 50_000,
    };
    await storesNothing(async () => {
      expectRefused(
        await gql(guangzhou, open, { input: { ...input, memberId: szMember } }),
        'FORBIDDEN',
        'input.memberId',
      );
      expectRefused(
        await gql(guangzhou, open, { input: { ...input, memberId: newId() } }),
        'NOT_FOUND',
        'input.memberId',
      );
    });
  });

  it('grantAssistance input.grantingOrganizationId: another city’s union → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const grant = `mutation($input: GrantAssistanceInput!) { grantAssistance(input: $input) { grant { id } } }`;
    const input = (grantingOrganizationId: string) => ({
      caseId: gzCase,
      amountCents: 30_000,
      kind: 'CASH',
      grantingOrganizationId,
      idempotencyKey: `write-links-${newId()}`,
    });
    await storesNothing(async () => {
      expectRefused(
        await gql(guangzhou, grant, { input: input(szUnion.id) }),
        'FORBIDDEN',
        'input.grantingOrganizationId',
      );
      expectRefused(
        await gql(guangzhou, grant, { input: input(newId()) }),
        'NOT_FOUND',
        'input.grantingOrganizationId',
      );
    });
  });

  it('submitMembershipApplication input.organizationId: a union no one knows → NOT_FOUND, nothing stored', async () => {
    const submit = `mutation($input: SubmitMembershipApplicationInput!) { submitMembershipApplication(input: $input) { application { id } } }`;
    await storesNothing(async () => {
      expectRefused(
        await gql(null, submit, {
          input: {
            name: '李明',
            idNumber: makeNationalId({ regionCode: '440106', birthDate: '1990-04-12', sequence: '357' }),
            phone: '13800138000',
            organizationId: newId(),
            hukouType: 'URBAN',
          },
        }),
        'NOT_FOUND',
        'input.organizationId',
      );
    });
  });

  it('requestMemberTransfer input.toOrganizationId: a union no one knows → NOT_FOUND, nothing stored', async () => {
    const transfer = `mutation($input: RequestMemberTransferInput!) { requestMemberTransfer(input: $input) { transfer { id } } }`;
    await storesNothing(async () => {
      expectRefused(
        await gql(guangzhou, transfer, { input: { memberId: gzMember, toOrganizationId: newId() } }),
        'NOT_FOUND',
        'input.toOrganizationId',
      );
    });
  });
});
