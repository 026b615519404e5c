import { invalid, valid, type Validation } from './result';

/**
 * Mainland China mobile numbers, as members type them on forms: possibly with a country prefix
 * (+86, 0086 or bare 86) and with spaces or dashes for grouping. Stored and compared as 11 digits.
 * Phone numbers are personal information (docs/architecture.md §4): reasons never echo the input.
 */
const MOBILE = /^1[3-9]\d{9}$/;

export function validateMobile(input: string): Validation<{ normalized: string }> {
  if (typeof input !== 'string') return invalid('mobile number must be a string');
  let digits = input.trim().replace(/[\s-]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  // A bare 86 is only a prefix when it leaves exactly 11 digits; otherwise it is part of the number.
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  if (!/^\d*$/.test(digits)) {
    return invalid('mobile number may only contain digits, spaces, dashes and a +86 prefix');
  }
  if (digits.length !== 11) return invalid('mobile number must have 11 digits');
  if (!MOBILE.test(digits)) return invalid('mobile number must start with 13 to 19');
  return valid({ normalized: digits });
}

/**
 * '13812345678' → '138****5678'. Keeps the carrier prefix and last four digits, the common
 * mainland masking convention, so a member can recognise their own number.
 * Throws on anything but a normalized number rather than risk returning it unmasked.
 */
export function maskMobile(normalized: string): string {
  if (typeof normalized !== 'string' || !MOBILE.test(normalized)) {
    throw new RangeError('maskMobile expects a normalized 11-digit mobile number');
  }
  return `${normalized.slice(0, 3)}****${normalized.slice(7)}`;
}
