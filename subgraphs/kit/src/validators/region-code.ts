import { invalid, valid, type Validation } from './result';

/**
 * GB/T 2260 administrative division codes, used across the graph as jurisdiction prefixes
 * (docs/architecture.md §4–5): 2 digits = province, 4 = city, 6 = county, 9 = town/street (the first nine digits
 * of the statistical division code). A scope check is a prefix match, so a structurally wrong code
 * could silently widen or empty a scope; hence the checks below.
 */
export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWN';

/** The 34 province-level divisions, including Taiwan (71), Hong Kong (81) and Macao (82). */
// prettier-ignore
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

/**
 * Prefecture-level cities that have no counties: their towns hang directly off the city, and the
 * statistical division code fills the county slot with '00' (e.g. Dongguan town 441900003).
 * Dongguan and Zhongshan are among the first user's largest cities, so '00' must be accepted here.
 */
export const CITIES_WITHOUT_COUNTIES: ReadonlySet<string> = new Set([
  '441900', // Dongguan
  '442000', // Zhongshan
  '460400', // Danzhou
  '620200', // Jiayuguan
]);

const LEVEL_BY_LENGTH: Readonly<Record<number, RegionLevel>> = {
  2: 'PROVINCE',
  4: 'CITY',
  6: 'COUNTY',
  9: 'TOWN',
};

export function validateRegionCode(input: string): Validation<{ code: string; level: RegionLevel }> {
  if (typeof input !== 'string') return invalid('region code must be a string');
  const code = input.trim();
  if (!/^\d+$/.test(code)) return invalid('region code must contain digits only');
  const level = LEVEL_BY_LENGTH[code.length];
  if (!level) return invalid('region code must be 2, 4, 6 or 9 digits long');
  if (!PROVINCE_CODES.has(code.slice(0, 2))) return invalid('region code names an unknown province');
  if (code.length >= 4 && code.slice(2, 4) === '00') {
    return invalid('region code has an empty city part (00)');
  }
  if (code.length >= 6 && code.slice(4, 6) === '00' && !CITIES_WITHOUT_COUNTIES.has(code.slice(0, 6))) {
    return invalid('region code has an empty county part (00)');
  }
  if (code.length === 9 && code.slice(6, 9) === '000') {
    return invalid('region code has an empty town part (000)');
  }
  return valid({ code, level });
}

function requireValid(code: string): { code: string; level: RegionLevel } {
  const result = validateRegionCode(code);
  // Callers pass codes already stored or validated; a bad one here is a programming error.
  if (!result.ok) throw new RangeError(`invalid region code: ${result.reason}`);
  return result.value;
}

/** Level of a valid region code; throws RangeError for an invalid one. */
export function regionLevelOf(code: string): RegionLevel {
  return requireValid(code).level;
}

/** The enclosing region ('440106' → '4401'), or null for a province; throws RangeError for an invalid code. */
export function parentRegionCode(code: string): string | null {
  const { code: c, level } = requireValid(code);
  switch (level) {
    case 'PROVINCE':
      return null;
    case 'CITY':
      return c.slice(0, 2);
    case 'COUNTY':
      return c.slice(0, 4);
    case 'TOWN':
      return c.slice(0, 6);
  }
}

/**
 * True when `code` lies in (or is) the region `prefix`. Used for authorization scopes, so it fails
 * closed: an invalid code or prefix (including '') is never "within", rather than matching everything.
 */
export function isWithinRegion(code: string, prefix: string): boolean {
  const c = validateRegionCode(code);
  const p = validateRegionCode(prefix);
  return c.ok && p.ok && c.value.code.startsWith(p.value.code);
}
