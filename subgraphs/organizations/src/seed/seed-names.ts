import type { Ownership } from '../employer/employer.table';
import type { Prng } from '@union/kit';
import { BUSINESS_WORDS, type SeedSection } from './industry-profile';
import { GIVEN_NAME_CHARS, SURNAMES, TRADE_NAME_CHARS } from './word-lists';

/** A chairperson's name: a frequency-skewed surname and a one- or two-character given name. */
export function personName(prng: Prng): string {
  // Squaring a uniform draw favours the front of the frequency-ordered list.
  const surname = SURNAMES[Math.floor(prng.next() ** 2 * SURNAMES.length)]!;
  const given = prng.pick(GIVEN_NAME_CHARS) + (prng.chance(0.72) ? prng.pick(GIVEN_NAME_CHARS) : '');
  return surname + given;
}

/** Where a company name starts: 广州市天河区…, but 乐昌市… (a county-level city) and 东莞市…. */
export function placePrefix(cityName: string, countyName: string): string {
  if (countyName === cityName || countyName.endsWith('市')) return countyName;
  return cityName + countyName;
}

function legalForm(ownership: Ownership, employees: number): string {
  if (ownership === 'JOINT_STOCK') return '股份有限公司';
  if (ownership === 'COLLECTIVE') return '实业公司';
  if (employees >= 5000) return '集团有限公司';
  if (ownership === 'STATE_OWNED') return '有限责任公司';
  return '有限公司';
}

/** An employer name such as 广州市天河区恒信电子科技有限公司; `taken` keeps names unique per region. */
export function employerName(
  prng: Prng,
  parts: { prefix: string; section: SeedSection; ownership: Ownership; employees: number },
  taken: Set<string>,
): string {
  const form = legalForm(parts.ownership, parts.employees);
  for (let attempt = 0; ; attempt++) {
    const trade = prng.pick(TRADE_NAME_CHARS) + prng.pick(TRADE_NAME_CHARS);
    if (trade[0] === trade[1]) continue;
    // After a few clashes in a crowded district, lengthen the trade name to three characters.
    const tradeName = attempt < 8 ? trade : trade + prng.pick(TRADE_NAME_CHARS);
    const name = `${parts.prefix}${tradeName}${prng.pick(BUSINESS_WORDS[parts.section])}${form}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}
