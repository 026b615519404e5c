import type { RiskLevel } from '../shared/risk-level';
import { addDays } from '../shared/dates';
import type { LaborSeedBuild, SeededGrassroots } from './seed-types';

const OPENNESS_ITEMS = [
  '年度经营状况与发展规划',
  '工资调整方案',
  '社会保险和住房公积金缴纳情况',
  '安全生产与职业病防治情况',
  '集体合同履行情况',
  '职工培训计划与经费使用',
  '劳动用工与劳务派遣情况',
  '女职工特殊保护落实情况',
];
const FINDINGS: Record<RiskLevel, string> = {
  LOW: '劳动关系总体和谐稳定，未发现明显矛盾隐患',
  MEDIUM: '存在加班时长偏长、部分岗位工资偏低等苗头性问题',
  HIGH: '企业经营困难，存在欠薪和裁员风险，职工情绪波动较大',
};
const FOLLOW_UP: Record<RiskLevel, string | null> = {
  LOW: null,
  MEDIUM: '督促企业开展工资集体协商，每月回访',
  HIGH: '纳入重点监测，会同人社部门约谈企业，制定应急预案',
};
const CHINESE_ORDINALS = ['一', '二', '三', '四', '五'];

/** The quarter label ('2026-Q3') that `date` falls in, `back` quarters earlier. */
function quarterOf(date: string, back: number): string {
  const index = Number(date.slice(0, 4)) * 4 + Math.floor((Number(date.slice(5, 7)) - 1) / 3) - back;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/**
 * Workers' congress sessions (职代会) at about three unions in five, one or two in the last two
 * years; quarterly risk screenings at about half, the last one to three quarters. Unions with an
 * open collective dispute are graded HIGH in their latest screening.
 */
export function buildDemocracy(b: LaborSeedBuild, unions: readonly SeededGrassroots[]): void {
  const p = b.prng;
  const hot = new Set(
    b.disputes.filter((d) => d.is_collective === 1 && d.status !== 'CLOSED').map((d) => d.org_id),
  );
  unions.forEach((union, i) => {
    if (i < 6 || p.chance(0.6)) {
      const sessions = p.int(1, 2);
      const term = CHINESE_ORDINALS[p.int(0, 3)]!;
      for (let s = 0; s < sessions; s++) {
        const items = new Set<string>();
        const wanted = p.int(2, 5);
        while (items.size < wanted) items.add(p.pick(OPENNESS_ITEMS));
        b.congresses.push({
          id: b.nextId(),
          org_id: union.id,
          region_code: union.regionCode,
          session: `第${term}届第${CHINESE_ORDINALS[s]}次职工代表大会`,
          held_on: addDays(b.today, -p.int(30, 340) - (sessions - 1 - s) * 365),
          delegates: p.int(20, 200),
          resolutions_adopted: p.int(1, 12),
          openness_items: JSON.stringify([...items]),
          created_at: `${b.today} 00:00:00.000`,
        });
      }
    }
    if (i < 6 || hot.has(union.id) || p.chance(0.5)) {
      const quarters = p.int(1, 3);
      for (let q = quarters; q >= 1; q--) {
        const latest = q === 1;
        const level: RiskLevel =
          latest && hot.has(union.id)
            ? 'HIGH'
            : i < 3 && latest
              ? (['LOW', 'MEDIUM', 'HIGH'] as const)[i]!
              : p.weighted({ LOW: 62, MEDIUM: 28, HIGH: 10 });
        b.assessments.push({
          id: b.nextId(),
          org_id: union.id,
          region_code: union.regionCode,
          period: quarterOf(b.today, q),
          assessed_on: addDays(b.today, -(q - 1) * 91 - p.int(1, 20)),
          findings: FINDINGS[level],
          risk_level: level,
          follow_up: FOLLOW_UP[level],
          created_at: `${b.today} 00:00:00.000`,
        });
      }
    }
  });
}
