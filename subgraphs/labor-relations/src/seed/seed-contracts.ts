import type { ContractKind, CollectiveContractRow } from '../contract/contract.table';
import type { StoredContractStatus } from '../contract/contract-status';
import { addDays } from '../shared/dates';
import type { LaborSeedBuild, SeededGrassroots } from './seed-types';

/** What a seeded contract looks like today; every status appears (the first unions take one each). */
type Shape = 'DRAFT' | 'NEGOTIATING' | 'SIGNED' | 'FILED' | 'EXPIRING' | 'EXPIRED' | 'TERMINATED';
const SHAPE_WEIGHTS: Record<Shape, number> = {
  FILED: 44,
  SIGNED: 14,
  EXPIRING: 7,
  EXPIRED: 12,
  NEGOTIATING: 10,
  DRAFT: 8,
  TERMINATED: 5,
};
const FORCED: Shape[] = ['DRAFT', 'NEGOTIATING', 'SIGNED', 'FILED', 'EXPIRING', 'EXPIRED', 'TERMINATED'];

const TITLES: Record<ContractKind, string> = {
  GENERAL: '集体合同',
  WAGE_SPECIAL: '工资专项集体合同',
  FEMALE_WORKERS_SPECIAL: '女职工权益保护专项集体合同',
  SAFETY_SPECIAL: '劳动安全卫生专项集体合同',
};
const ROUND_TOPICS = [
  '双方交换协商议题，确认职工方首席代表',
  '围绕工资增长幅度与工时安排开展协商',
  '就加班费计算基数和带薪休假达成一致意见',
  '审议合同草案，提交职工代表大会讨论',
];

function storedStatus(shape: Shape): StoredContractStatus {
  if (shape === 'EXPIRING' || shape === 'EXPIRED') return 'FILED';
  return shape;
}

function buildContract(
  b: LaborSeedBuild,
  union: SeededGrassroots,
  kind: ContractKind,
  shape: Shape,
  year: string,
): void {
  const p = b.prng;
  const termDays = kind === 'GENERAL' ? 3 * 365 : 365;
  let effectiveTo: string | null = null;
  if (shape === 'SIGNED' || shape === 'FILED') effectiveTo = addDays(b.today, p.int(31, termDays - 30));
  if (shape === 'EXPIRING') effectiveTo = addDays(b.today, p.int(0, 30));
  if (shape === 'EXPIRED') effectiveTo = addDays(b.today, -p.int(1, 400));
  if (shape === 'TERMINATED') effectiveTo = addDays(b.today, p.int(31, termDays - 30));
  const effectiveFrom = effectiveTo ? addDays(effectiveTo, -termDays + 1) : null;
  const signedOn = effectiveFrom ? addDays(effectiveFrom, -p.int(5, 30)) : null;
  const filed = storedStatus(shape) === 'FILED' || (shape === 'TERMINATED' && p.chance(0.5));
  const filedOn = filed && signedOn ? minDate(addDays(signedOn, p.int(3, 15)), b.today) : null;
  const status = storedStatus(shape);
  const id = b.nextId();
  const now = `${b.today} 00:00:00.000`;
  const row: CollectiveContractRow = {
    id,
    org_id: union.id,
    region_code: union.regionCode,
    employer_id: union.employerId,
    coverage: 'ENTERPRISE',
    covered_organizations: 1,
    kind,
    title: `${year}—${Number(year) + (kind === 'GENERAL' ? 2 : 0)}年度${TITLES[kind]}`,
    status,
    signed_on: status === 'DRAFT' || status === 'NEGOTIATING' ? null : signedOn,
    filed_on: filedOn,
    effective_from: status === 'DRAFT' || status === 'NEGOTIATING' ? null : effectiveFrom,
    effective_to: status === 'DRAFT' || status === 'NEGOTIATING' ? null : effectiveTo,
    covered_employees: p.int(30, 2400),
    wage_increase_bp: kind === 'WAGE_SPECIAL' ? p.int(200, 800) : null,
    terminated_on: status === 'TERMINATED' ? addDays(b.today, -p.int(1, 120)) : null,
    termination_reason: status === 'TERMINATED' ? '企业关停搬迁，经双方协商一致解除' : null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  b.contracts.push(row);
  if (status === 'DRAFT') return;
  const rounds = p.int(1, 4);
  const lastRound = signedOn ?? addDays(b.today, -1);
  for (let n = 1; n <= rounds; n++) {
    b.rounds.push({
      id: b.nextId(),
      contract_id: id,
      org_id: union.id,
      region_code: union.regionCode,
      round_number: n,
      held_on: addDays(lastRound, -(rounds - n) * p.int(7, 20)),
      summary: ROUND_TOPICS[(n - 1) % ROUND_TOPICS.length]!,
      created_at: now,
    });
  }
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * Contracts of each grassroots union: a comprehensive contract for most, special agreements
 * (wage, female workers, safety) for some. Dates are relative to today so the demo always has
 * contracts in force, expiring within 30 days and expired.
 */
export function buildContracts(b: LaborSeedBuild, unions: readonly SeededGrassroots[]): void {
  const year = b.today.slice(0, 4);
  unions.forEach((union, i) => {
    const p = b.prng;
    const shape = (): Shape => (i < FORCED.length ? FORCED[i]! : p.weighted(SHAPE_WEIGHTS));
    if (i < FORCED.length || p.chance(0.75)) buildContract(b, union, 'GENERAL', shape(), year);
    if (p.chance(0.4)) buildContract(b, union, 'WAGE_SPECIAL', p.weighted(SHAPE_WEIGHTS), year);
    if (p.chance(0.15)) buildContract(b, union, 'FEMALE_WORKERS_SPECIAL', p.weighted(SHAPE_WEIGHTS), year);
    if (p.chance(0.1)) buildContract(b, union, 'SAFETY_SPECIAL', p.weighted(SHAPE_WEIGHTS), year);
  });
}
