import { as, ok, type Harness } from './harness';

export const PROVINCE_ADMIN = as('FEDERATION_ADMIN', { region: '44' });
export const GUANGZHOU_ADMIN = as('FEDERATION_ADMIN', { region: '4401' });
export const SHENZHEN_ADMIN = as('FEDERATION_ADMIN', { region: '4403' });

export interface World {
  /** A grassroots union in 天河区, Guangzhou, with twelve members. */
  factory: string;
  factoryMembers: string[];
  /** A grassroots union in 南山区, Shenzhen, with two members. */
  shop: string;
  shopMembers: string[];
  /** 广州市总工会, signatory of regional contracts. */
  cityFederation: string;
}

export function buildWorld(h: Harness): World {
  const factory = h.facts.addOrg('440106');
  const shop = h.facts.addOrg('440305');
  const cityFederation = h.facts.addOrg('4401', { kind: 'FEDERATION', employerId: null });
  return {
    factory,
    factoryMembers: h.facts.addMembers(factory, 12),
    shop,
    shopMembers: h.facts.addMembers(shop, 2),
    cityFederation,
  };
}

export const CONTRACT_FIELDS = `id status version kind coverage effectiveFrom effectiveTo daysUntilExpiry
  allowedTransitions negotiationRounds { roundNumber heldOn summary } organization { id } employer { id }`;

export async function createContract(h: Harness, input: Record<string, unknown>, identity = PROVINCE_ADMIN) {
  const data = ok(
    await h.gql(
      identity,
      `mutation($input: CreateCollectiveContractInput!) { createCollectiveContract(input: $input) { contract { ${CONTRACT_FIELDS} } } }`,
      { input },
    ),
  );
  return data.createCollectiveContract.contract;
}

export const DISPUTE_FIELDS = `id caseNumber status version headcount isCollective amountClaimedCents amountRecoveredCents
  allowedTransitions claimants { id } legalAidRequest { id }
  timeline { kind fromStatus toStatus note actor actorRole }`;

export async function reportDispute(h: Harness, input: Record<string, unknown>, identity = PROVINCE_ADMIN) {
  const data = ok(
    await h.gql(
      identity,
      `mutation($input: ReportLaborDisputeInput!) { reportLaborDispute(input: $input) { dispute { ${DISPUTE_FIELDS} } } }`,
      {
        input: {
          category: 'WAGE_ARREARS',
          summary: '拖欠三个月工资',
          claimantMemberIds: [],
          headcount: 1,
          amountClaimedCents: 1_200_000,
          riskLevel: 'MEDIUM',
          ...input,
        },
      },
    ),
  );
  return data.reportLaborDispute.dispute;
}

export const MOVE = `mutation($input: MoveLaborDisputeInput!) { moveLaborDispute(input: $input) { dispute { ${DISPUTE_FIELDS} } } }`;
