import { invalid, valid, type Validation } from './result';

/**
 * 18-character unified social credit code (GB 32100-2015) of employers and union organizations:
 *   1     registration authority
 *   2     organization type
 *   3–8   region code of the registering authority (GB/T 2260, 6 digits)
 *   9–17  organization code (GB 11714: 8 body characters + its own check character)
 *   18    check character over the first 17 (MOD 31)
 * Both checks are verified: an OCR or typing slip inside the organization code can still leave
 * a code that passes one of them by chance.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

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
  const body8 = String(serial).padStart(8, '0');
  const first17 = authority + type + regionCode + body8 + organizationCodeCheckChar(body8);
  return first17 + creditCodeCheckChar(first17);
}
