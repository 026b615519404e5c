import { formatCaseNumber } from '../dispute/case-number';
import type { DisputeStatus } from '../dispute/dispute-status';
import { COLLECTIVE_HEADCOUNT, type DisputeCategory, type LaborDisputeRow } from '../dispute/dispute.table';
import { addDays } from '../shared/dates';
import type { RiskLevel } from '../shared/risk-level';
import type { LaborSeedBuild, SeededGrassroots, SeededLegalAidRequest, SeededMember } from './seed-types';

const CATEGORY_WEIGHTS: Record<DisputeCategory, number> = {
  WAGE_ARREARS: 30,
  CONTRACT: 15,
  SOCIAL_INSURANCE: 18,
  WORKING_HOURS: 10,
  OCCUPATIONAL_INJURY: 9,
  DISMISSAL: 13,
  OTHER: 5,
};
const SUMMARIES: Record<DisputeCategory, string> = {
  WAGE_ARREARS: '职工反映企业拖欠工资及加班费',
  CONTRACT: '劳动合同到期未续签、未支付经济补偿',
  SOCIAL_INSURANCE: '企业未足额缴纳社会保险费',
  WORKING_HOURS: '长期超时加班、休息休假权益未落实',
  OCCUPATIONAL_INJURY: '工伤认定后待遇未落实',
  DISMISSAL: '违法解除劳动合同，要求支付赔偿金',
  OTHER: '其他劳动权益诉求',
};
/** Paths through the state machine to each final status (every move is legal). */
const PATHS: Record<DisputeStatus, DisputeStatus[][]> = {
  REPORTED: [['REPORTED']],
  MEDIATING: [['REPORTED', 'MEDIATING']],
  MEDIATED: [['REPORTED', 'MEDIATING', 'MEDIATED']],
  ARBITRATION: [
    ['REPORTED', 'MEDIATING', 'ARBITRATION'],
    ['REPORTED', 'ARBITRATION'],
  ],
  LITIGATION: [['REPORTED', 'MEDIATING', 'ARBITRATION', 'LITIGATION']],
  CLOSED: [
    ['REPORTED', 'MEDIATING', 'MEDIATED', 'CLOSED'],
    ['REPORTED', 'CLOSED'],
    ['REPORTED', 'MEDIATING', 'ARBITRATION', 'CLOSED'],
  ],
};
const STATUS_WEIGHTS: Record<DisputeStatus, number> = {
  REPORTED: 14,
  MEDIATING: 16,
  MEDIATED: 12,
  ARBITRATION: 10,
  LITIGATION: 5,
  CLOSED: 43,
};
const FORCED: DisputeStatus[] = ['REPORTED', 'MEDIATING', 'MEDIATED', 'ARBITRATION', 'LITIGATION', 'CLOSED'];
const NOTES: Partial<Record<DisputeStatus, string>> = {
  MEDIATING: '企业劳动争议调解委员会受理，组织双方调解',
  MEDIATED: '达成调解协议，约定分期支付',
  ARBITRATION: '调解未果，协助职工申请劳动人事争议仲裁',
  LITIGATION: '不服仲裁裁决，向人民法院提起诉讼',
  CLOSED: '协议履行完毕，结案',
};

function addDispute(
  b: LaborSeedBuild,
  union: SeededGrassroots,
  claimants: readonly string[],
  options: { status: DisputeStatus; legalAidRequestId: string | null },
): void {
  const p = b.prng;
  const category = p.weighted(CATEGORY_WEIGHTS);
  const collective = p.chance(0.18);
  const headcount = collective
    ? p.int(COLLECTIVE_HEADCOUNT, 120)
    : Math.max(1, claimants.length + p.int(0, Math.min(3, COLLECTIVE_HEADCOUNT - 1 - claimants.length)));
  const claimed = headcount * p.int(3_000, 60_000) * 100;
  const path = p.pick(PATHS[options.status]);
  const reportedOn = addDays(b.today, -p.int(path.length * 12, 420));
  const risk: RiskLevel = collective
    ? p.weighted({ MEDIUM: 40, HIGH: 60 })
    : p.weighted({ LOW: 60, MEDIUM: 35, HIGH: 5 });
  const recovered =
    options.status === 'MEDIATED' || (options.status === 'CLOSED' && path.includes('MEDIATED'))
      ? Math.round(claimed * (0.5 + p.next() * 0.5))
      : options.status === 'CLOSED' && path.includes('ARBITRATION')
        ? Math.round(claimed * p.next() * 0.8)
        : 0;
  const id = b.nextId();
  const steps = path.map((_, i) => addDays(reportedOn, i * p.int(3, 12)));
  const lastDay = steps[steps.length - 1]!;
  const row: LaborDisputeRow = {
    id,
    case_number: '',
    org_id: union.id,
    region_code: union.regionCode,
    employer_id: union.employerId,
    category,
    summary: SUMMARIES[category],
    headcount,
    is_collective: headcount >= COLLECTIVE_HEADCOUNT ? 1 : 0,
    amount_claimed_cents: claimed,
    amount_recovered_cents: recovered,
    risk_level: risk,
    status: options.status,
    legal_aid_request_id: options.legalAidRequestId,
    reported_on: reportedOn,
    closed_on: options.status === 'CLOSED' ? lastDay : null,
    version: path.length,
    created_at: `${reportedOn} 09:00:00.000`,
    updated_at: `${lastDay} 09:00:00.000`,
  };
  b.disputes.push(row);
  for (const memberId of claimants) {
    b.claimants.push({
      dispute_id: id,
      member_id: memberId,
      org_id: union.id,
      region_code: union.regionCode,
    });
  }
  path.forEach((status, i) => {
    b.events.push({
      id: b.nextId(),
      dispute_id: id,
      org_id: union.id,
      region_code: union.regionCode,
      kind: i === 0 ? 'REPORTED' : 'TRANSITION',
      from_status: i === 0 ? null : path[i - 1]!,
      to_status: status,
      note: i === 0 ? '职工来访反映，工会登记受理' : (NOTES[status] ?? null),
      actor: 'seed',
      actor_role: 'FEDERATION_ADMIN',
      request_id: 'seed',
      created_at: `${steps[i]} 09:00:00.000`,
    });
  });
}

/** Case numbers per city and year in id order, and the counters left where the numbering stopped. */
function numberCases(b: LaborSeedBuild): void {
  const last = new Map<string, number>();
  for (const d of b.disputes) {
    const city = d.region_code.slice(0, 4);
    const year = Number(d.reported_on.slice(0, 4));
    const key = `${city}:${year}`;
    const n = (last.get(key) ?? 0) + 1;
    last.set(key, n);
    d.case_number = formatCaseNumber(city, year, n);
  }
  for (const [key, n] of last) {
    const [city, year] = key.split(':');
    b.counters.push({ city_code: city!, year: Number(year), last_number: n });
  }
}

/**
 * Disputes at about one union in seven (every status; the first unions take one each), with
 * claimants drawn from the union's seeded members, plus disputes behind some of the services
 * seed's legal-aid requests (the requesting member as claimant).
 */
export function buildDisputes(
  b: LaborSeedBuild,
  unions: readonly SeededGrassroots[],
  members: readonly SeededMember[],
  legalAid: readonly SeededLegalAidRequest[],
): void {
  const p = b.prng;
  const byOrg = new Map<string, string[]>();
  for (const m of members) {
    const list = byOrg.get(m.orgId) ?? [];
    list.push(m.id);
    byOrg.set(m.orgId, list);
  }
  const pickClaimants = (orgId: string): string[] => {
    const pool = byOrg.get(orgId) ?? [];
    const n = Math.min(pool.length, p.int(1, 5));
    const chosen = new Set<string>();
    while (chosen.size < n) chosen.add(p.pick(pool));
    return [...chosen];
  };
  unions.forEach((union, i) => {
    if (i < FORCED.length) {
      addDispute(b, union, pickClaimants(union.id), { status: FORCED[i]!, legalAidRequestId: null });
    } else if (p.chance(0.14)) {
      addDispute(b, union, pickClaimants(union.id), {
        status: p.weighted(STATUS_WEIGHTS),
        legalAidRequestId: null,
      });
    }
  });
  const unionById = new Map(unions.map((u) => [u.id, u]));
  for (const request of legalAid) {
    const union = unionById.get(request.orgId);
    if (!union || !p.chance(0.4)) continue;
    addDispute(b, union, [request.memberId], {
      status: p.weighted(STATUS_WEIGHTS),
      legalAidRequestId: request.id,
    });
  }
  numberCases(b);
}
