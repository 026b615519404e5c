import { invalid, valid, type Validation } from './result';

/**
 * 18-character unified social credit code (GB 32100-2015) of employers and union organizations:
 *   1     registration authority (CREDIT_CODE_CATEGORIES)
 *   2     organization category, one its authority assigns
 *   3–8   region code of the registering authority (GB/T 2260, 6 digits)
 *   9–17  organization code (GB 11714: 8 body characters + its own check character)
 *   18    check character over the first 17 (MOD 31)
 * Both checks are verified: an OCR or typing slip inside the organization code can still leave
 * a code that passes one of them by chance.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * Registration authorities (登记管理部门, character 1) and the organization categories (机构类别,
 * character 2) each may assign. GB 32100-2015 Table 1 itself lists 1 机构编制, 5 民政, 9 工商 and
 * Y 其他; the code table kept by the national credit-code centre has since allocated 2 外交,
 * 3 司法行政, 4 文化, 6 旅游, 7 宗教, 8 工会 (trade unions: 81 基层工会), A 中央军委改革和编制办公室
 * and N 农业, and union organizations and the employers they sit in carry those codes, so the
 * current table is used. Any other pair (authority 0, category 9A, 94, Y2…) is refused.
 */
export const CREDIT_CODE_CATEGORIES: Readonly<Record<string, string>> = {
  '1': '1239', // 机关, 事业单位, 中央编办直接管理机构编制的群众团体, 其他
  '2': '19', // 外国常驻新闻机构, 其他
  '3': '123459', // 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
  '4': '19', // 外国在华文化中心, 其他
  '5': '1239', // 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻内地代表机构, 其他
  '7': '129', // 宗教活动场所, 宗教院校, 其他
  '8': '19', // 基层工会, 其他
  '9': '123', // 企业, 个体工商户, 农民专业合作社
  A: '19', // 军队事业单位, 其他
  N: '1239', // 组级, 村级, 乡镇级集体经济组织, 其他
  Y: '1', // 其他: not divided into categories, always 1
};

/** True when `authority` is a registration authority and `category` one of its categories. */
export function isCreditCodeCategory(authority: string, category: string): boolean {
  return (
    authority.length === 1 &&
    category.length === 1 &&
    Object.prototype.hasOwnProperty.call(CREDIT_CODE_CATEGORIES, authority) &&
    CREDIT_CODE_CATEGORIES[authority]!.includes(category)
  );
}

const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
// I, O, Z, S and V are excluded from the alphabet because they read like 1, 0, 2, 5 and U.
const SHAPE = new RegExp(`^[${CREDIT_CODE_ALPHABET}]{18}$`);

/** GB 11714 check character over 8 body characters (0-9 → 0-9, A-Z → 10-35). */
export function organizationCodeCheckChar(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8))
    throw new RangeError('organization code body must be 8 characters 0-9/A-Z');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i]!, 36) * ORG_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** GB 32100 check character over the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  if (!new RegExp(`^[${CREDIT_CODE_ALPHABET}]{17}$`).test(first17)) {
    throw new RangeError('credit code body must be 17 characters of the GB 32100 alphabet');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(first17[i]!) * CREDIT_WEIGHTS[i]!;
  const check = 31 - (sum % 31);
  return CREDIT_CODE_ALPHABET[check === 31 ? 0 : check]!;
}

export function validateCreditCode(input: string): Validation<{ normalized: string; regionCode: string }> {
  if (typeof input !== 'string') return invalid('credit code must be a string');
  const normalized = input.trim().toUpperCase();
  if (normalized.length !== 18) return invalid('credit code must be 18 characters long');
  if (!SHAPE.test(normalized)) {
    return invalid('credit code may only contain digits and capital letters other than I, O, Z, S and V');
  }
  if (!Object.prototype.hasOwnProperty.call(CREDIT_CODE_CATEGORIES, normalized[0]!)) {
    return invalid('credit code character 1 is not a registration authority of GB 32100');
  }
  if (!isCreditCodeCategory(normalized[0]!, normalized[1]!)) {
    return invalid('credit code character 2 is not an organization category of its registration authority');
  }
  const regionCode = normalized.slice(2, 8);
  if (!/^\d{6}$/.test(regionCode)) return invalid('credit code characters 3-8 must be a 6-digit region code');
  if (organizationCodeCheckChar(normalized.slice(8, 16)) !== normalized[16]) {
    return invalid('credit code organization code check character does not match');
  }
  if (creditCodeCheckChar(normalized.slice(0, 17)) !== normalized[17]) {
    return invalid('credit code check character does not match');
  }
  return valid({ normalized, regionCode });
}

/**
 * Builds a valid code for seed data and tests. `serial` (0 – 99,999,999) becomes the 8-digit
 * organization code body, so distinct serials give distinct codes. Defaults '9','1' make an
 * enterprise registered by market regulation, the common case for employers.
 */
export function makeCreditCode(parts: {
  regionCode: string;
  serial: number;
  authority?: string;
  type?: string;
}): string {
  const { regionCode, serial, authority = '9', type = '1' } = parts;
  if (!/^\d{6}$/.test(regionCode)) throw new RangeError('regionCode must be 6 digits');
  if (!Number.isSafeInteger(serial) || serial < 0 || serial > 99_999_999) {
    throw new RangeError('serial must be an integer from 0 to 99999999');
  }
  for (const c of [authority, type]) {
    if (c.length !== 1 || !CREDIT_CODE_ALPHABET.includes(c)) {
      throw new RangeError('authority and type must each be one character of the GB 32100 alphabet');
    }
  }
  if (!isCreditCodeCategory(authority, type)) {
    throw new RangeError('type must be an organization category of the registration authority');
  }
  const body8 = String(serial).padStart(8, '0');
  const first17 = authority + type + regionCode + body8 + organizationCodeCheckChar(body8);
  return first17 + creditCodeCheckChar(first17);
}
