import { makeNationalId, type NationalIdFacts, validateNationalId } from '@union/kit';
import type { Education, SkillLevel } from '../member/member.table';
import type { Prng } from '@union/kit';

const words = (text: string): readonly string[] => text.split(/\s+/).filter(Boolean);

const SURNAMES = words(
  '陈 李 黄 张 梁 林 刘 吴 罗 何 郑 杨 冯 周 谢 叶 钟 曾 邓 王 蔡 彭 许 赖 苏 余 朱 潘 卢 郭 徐 庄 胡 温 邱 谭 欧 莫 麦 古 关 廖 方 杜 袁 严 江 唐 邹 孙 赵 马 高 韦 欧阳 司徒',
);
const GIVEN = words(
  '伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 华 文 红 玲 斌 辉 丹 萍 鹏 宇 浩 俊 嘉 欣 颖 婷 雪 晓 海 峰 龙 燕 慧 佳 锦 荣 东 家 健 泽 思 晨 怡 凯 亮 新 永 春 金 学 志 建 国 玉 梅 兰',
);
const OCCUPATIONS = words(
  '装配工 操作工 电工 焊工 机修工 质检员 仓管员 快递员 外卖骑手 网约车司机 货车司机 保安员 保洁员 厨师 服务员 护工 销售员 会计 技术员 工程师 教师 护士 文员 设计师',
);

/** A name: a frequency-skewed surname and a one- or two-character given name. */
export function personName(prng: Prng): string {
  const surname = SURNAMES[Math.floor(prng.next() ** 2 * SURNAMES.length)]!;
  return surname + prng.pick(GIVEN) + (prng.chance(0.72) ? prng.pick(GIVEN) : '');
}

export function occupation(prng: Prng): string {
  return prng.pick(OCCUPATIONS);
}

const EDUCATION_WEIGHTS: Record<Education, number> = {
  PRIMARY: 6,
  JUNIOR_SECONDARY: 30,
  SENIOR_SECONDARY: 22,
  VOCATIONAL: 14,
  JUNIOR_COLLEGE: 14,
  BACHELOR: 12,
  POSTGRADUATE: 2,
};
const SKILL_WEIGHTS: Record<SkillLevel, number> = {
  NONE: 45,
  PRIMARY_WORKER: 20,
  INTERMEDIATE_WORKER: 17,
  SENIOR_WORKER: 11,
  TECHNICIAN: 5,
  SENIOR_TECHNICIAN: 2,
};

export function education(prng: Prng): Education | null {
  return prng.chance(0.04) ? null : prng.weighted(EDUCATION_WEIGHTS);
}

export function skillLevel(prng: Prng): SkillLevel {
  return prng.weighted(SKILL_WEIGHTS);
}

/** A birth date for an age of 16–60 on `reference` (day ≤ 28, so every month has it). */
export function birthDate(prng: Prng, reference: string): string {
  const age = 16 + Math.floor(prng.next() ** 1.15 * 45);
  const year = Number(reference.slice(0, 4)) - age - (prng.chance(0.5) ? 1 : 0);
  const month = prng.int(1, 12);
  const day = prng.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A checksum-valid national ID number unique within `taken`, born in `regionCode` (the union's
 * county): the 3-digit sequence is drawn with the wanted gender's parity and moved on a clash.
 */
export function nationalId(
  prng: Prng,
  parts: { regionCode: string; birthDate: string; female: boolean },
  taken: Set<string>,
): NationalIdFacts {
  const region6 = parts.regionCode.slice(0, 6);
  let seq = prng.int(0, 499) * 2 + (parts.female ? 0 : 1);
  for (;;) {
    const number = makeNationalId({
      regionCode: region6,
      birthDate: parts.birthDate,
      sequence: String(seq).padStart(3, '0'),
    });
    if (!taken.has(number)) {
      taken.add(number);
      const facts = validateNationalId(number);
      if (!facts.ok) throw new Error('seed produced an invalid ID number');
      return facts.value;
    }
    seq = (seq + 2) % 1000;
  }
}

/** A mainland mobile number (13x–19x). */
export function mobile(prng: Prng): string {
  return `1${prng.int(3, 9)}${String(prng.int(0, 999_999_999)).padStart(9, '0')}`;
}
