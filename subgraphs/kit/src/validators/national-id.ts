import { chinaDateOf, isCalendarDate, parseIsoDate } from './calendar-date';
import { bandOfAge, type AgeBand } from './age-bands';
import { PROVINCE_CODES } from './region-code';
import { invalid, valid, type Validation } from './result';

/**
 * 18-character PRC resident identity number (GB 11643-1999):
 * 6-digit region code, 8-digit birth date YYYYMMDD, 3-digit sequence (odd last digit = male),
 * and a MOD 11-2 check character (0-9 or X).
 *
 * The number and everything derived from it except gender and age band is personal information
 * (docs/architecture.md §4), so refusal reasons are fixed texts that never include any part of the input.
 */
export type NationalIdFacts = {
  /** Trimmed, with the check character upper-cased. */
  normalized: string;
  regionCode: string;
  /** YYYY-MM-DD */
  birthDate: string;
  gender: 'MALE' | 'FEMALE';
  /** The 3 digits after the birth date, including the gender digit. */
  sequence: string;
};

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
// Nobody alive holds a number with an earlier birth date; older dates are typing errors.
const EARLIEST_BIRTH_DATE = '1900-01-01';

/** MOD 11-2 check character for the first 17 digits; throws RangeError if they are not 17 digits. */
export function nationalIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('national ID body must be exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export function validateNationalId(input: string, opts: { today?: Date } = {}): Validation<NationalIdFacts> {
  if (typeof input !== 'string') return invalid('national ID must be a string');
  const normalized = input.trim().toUpperCase();
  if (normalized.length !== 18) return invalid('national ID must be 18 characters long');
  if (!/^\d{17}[\dX]$/.test(normalized)) {
    return invalid('national ID must be 17 digits followed by a digit or X');
  }
  // Checksum before the semantic checks: a single mistyped digit is by far the most common error,
  // and it is the one the user can fix by re-reading the card.
  if (nationalIdCheckChar(normalized.slice(0, 17)) !== normalized[17]) {
    return invalid('national ID check character does not match');
  }
  const regionCode = normalized.slice(0, 6);
  // Only the province is checked: county codes are renumbered over time and old cards keep theirs.
  if (!PROVINCE_CODES.has(regionCode.slice(0, 2))) {
    return invalid('national ID region code names an unknown province');
  }

  const [year, month, day] = [normalized.slice(6, 10), normalized.slice(10, 12), normalized.slice(12, 14)];
  if (!isCalendarDate(Number(year), Number(month), Number(day))) {
    return invalid('national ID birth date is not a real calendar date');
  }
  const birthDate = `${year}-${month}-${day}`;
  if (birthDate < EARLIEST_BIRTH_DATE) return invalid('national ID birth date is before 1900-01-01');
  if (birthDate > chinaDateOf(opts.today ?? new Date())) {
    return invalid('national ID birth date is in the future');
  }

  const sequence = normalized.slice(14, 17);
  return valid({
    normalized,
    regionCode,
    birthDate,
    gender: Number(sequence[2]) % 2 === 1 ? 'MALE' : 'FEMALE',
    sequence,
  });
}

/**
 * Age in full years on `today` (in China's calendar). Someone born on 29 February gets a year
 * older on 1 March in common years, as the birthday has not yet come on 28 February.
 * Throws RangeError if `birthDate` is not a real 'YYYY-MM-DD' date.
 */
export function ageOn(birthDate: string, today: Date = new Date()): number {
  const born = parseIsoDate(birthDate);
  // The message deliberately omits the value: a birth date is personal information.
  if (!born) throw new RangeError('birthDate must be a real YYYY-MM-DD date');
  const now = chinaDateOf(today);
  const age = Number(now.slice(0, 4)) - born.year;
  return now.slice(5) < birthDate.slice(5) ? age - 1 : age;
}

/** Coarse age band: unlike the birth date, safe to show to callers without pii:read (docs/architecture.md §4). */
export function ageBand(birthDate: string, today: Date = new Date()): AgeBand {
  return bandOfAge(ageOn(birthDate, today));
}

/**
 * Builds a checksum-valid number for seed data and tests. Throws RangeError on malformed parts so a
 * bad seed fails loudly instead of producing numbers the validator would later refuse.
 */
export function makeNationalId(parts: { regionCode: string; birthDate: string; sequence: string }): string {
  if (!/^\d{6}$/.test(parts.regionCode)) throw new RangeError('regionCode must be 6 digits');
  if (!PROVINCE_CODES.has(parts.regionCode.slice(0, 2))) {
    throw new RangeError('regionCode names an unknown province');
  }
  if (!parseIsoDate(parts.birthDate)) throw new RangeError('birthDate must be a real YYYY-MM-DD date');
  if (!/^\d{3}$/.test(parts.sequence)) throw new RangeError('sequence must be 3 digits');
  const first17 = parts.regionCode + parts.birthDate.replace(/-/g, '') + parts.sequence;
  return first17 + nationalIdCheckChar(first17);
}
