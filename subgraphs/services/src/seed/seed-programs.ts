import { type Prng, type SeedIds, toDbTimestamp } from '@union/kit';
import {
  CATEGORIES,
  type ServiceCategory,
  type ServiceProgramRow,
  type ServiceProgramUpdate,
} from '../program/program.table';

export interface SeedGrassroots {
  id: string;
  regionCode: string;
}

const NAMES: Record<ServiceCategory, [string, string]> = {
  HARDSHIP_ASSISTANCE: ['困难职工帮扶', '困难职工子女助学'],
  LEGAL_AID: ['职工法律咨询日', '农民工欠薪法律援助'],
  PSYCHOLOGICAL_COUNSELING: ['职工心理健康讲座', '一线职工心理疏导'],
  CAREER_DEVELOPMENT: ['职工技能提升培训', '青年职工学历提升'],
  CULTURE_SPORTS_HEALTH: ['职工运动会', '女职工健康体检'],
  CHILD_CARE: ['职工子女暑期托管', '农民工子女爱心托管'],
  FESTIVAL_CELEBRATION: ['春节送温暖', '中秋慰问'],
  LIVING_SERVICES: ['职工餐厅与便民服务', '外来务工人员安居服务'],
  ENVIRONMENT_SERVICES: ['职工之家环境改善', '高温一线送清凉'],
};

/** Eligibility of a TARGETED program, by category: the rules the demo's recommendations exercise. */
function targetedRules(category: ServiceCategory, prng: Prng): ServiceProgramUpdate {
  switch (category) {
    case 'HARDSHIP_ASSISTANCE':
      return { hardship_only: 1 };
    case 'LEGAL_AID':
    case 'LIVING_SERVICES':
    case 'CHILD_CARE':
      return { migrant_only: 1, ...(category === 'CHILD_CARE' ? { min_age: 22, max_age: 50 } : {}) };
    case 'CAREER_DEVELOPMENT':
      return { max_age: 35 };
    case 'CULTURE_SPORTS_HEALTH':
      return { gender: 'FEMALE' };
    case 'ENVIRONMENT_SERVICES':
      return { min_age: 18, max_age: 60 };
    default:
      return prng.chance(0.5) ? { min_age: 45 } : {};
  }
}

/*
 * Two programs per grassroots union: one UNIVERSAL (普惠) and one TARGETED (精准) in another category,
 * categories cycling so every category appears once there are five unions. Mostly OPEN, some CLOSED
 * or DRAFT; half have a capacity. Targeted ones cover the union's county, universal its own region.
 */
export function buildPrograms(
  grassroots: readonly SeedGrassroots[],
  prng: Prng,
  ids: SeedIds,
): ServiceProgramRow[] {
  const programs: ServiceProgramRow[] = [];
  grassroots.forEach((union, i) => {
    for (const mode of ['UNIVERSAL', 'TARGETED'] as const) {
      const category = CATEGORIES[(i * 2 + (mode === 'TARGETED' ? 1 : 0)) % CATEGORIES.length]!;
      const roll = prng.next();
      const status = roll < 0.85 ? 'OPEN' : roll < 0.95 ? 'CLOSED' : 'DRAFT';
      const id = ids.next();
      const now = toDbTimestamp(new Date(ids.lastMs()));
      programs.push({
        id,
        name: NAMES[category][mode === 'TARGETED' ? 1 : 0],
        description: null,
        category,
        mode,
        org_id: union.id,
        region_code: union.regionCode,
        covered_region: mode === 'TARGETED' ? union.regionCode.slice(0, 6) : union.regionCode,
        migrant_only: 0,
        hardship_only: 0,
        min_age: null,
        max_age: null,
        gender: null,
        capacity: prng.chance(0.5) ? prng.int(20, 200) : null,
        taken: 0,
        opens_on: '2024-01-01',
        closes_on: status === 'CLOSED' ? '2025-12-31' : null,
        status,
        version: 1,
        created_at: now,
        updated_at: now,
        ...(mode === 'TARGETED' ? targetedRules(category, prng) : {}),
      });
    }
  });
  return programs;
}
