import { z } from 'zod';
import { parseIsoDate } from '../validators/calendar-date';
import { validateCreditCode } from '../validators/credit-code';
import { validateMobile } from '../validators/mobile';
import { validateNationalId } from '../validators/national-id';
import type { Validation } from '../validators/result';

/**
 * Codes and identifiers: checked for their ASCII shape before any SQL sees them (docs/security.md).
 * Key columns are ASCII (kit asciiColumn), and MariaDB compares an ASCII column with a utf8mb4
 * parameter holding '４４' or '😀' by raising "Illegal mix of collations"; a shape check turns that
 * into BAD_USER_INPUT naming the field. `\d` below is ASCII 0-9 only (no 'u' flag), so fullwidth
 * and other Unicode digits are refused. Messages never echo the value.
 */

/** Shapes, exported so repositories, scripts and tests share one definition. */
export const CODE_PATTERNS = {
  /**
   * An id: the app makes UUIDv7s (kit newId / seedIds); any ASCII token of that alphabet is
   * accepted so that a well-formed id of nothing is NOT_FOUND rather than a shape error.
   */
  id: /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  /** GB/T 2260 region code: 2, 4, 6 or 9 digits. */
  regionCode: /^\d{2}(?:\d{2}(?:\d{2}(?:\d{3})?)?)?$/,
  /** A jurisdiction prefix: 1 to 9 digits ('' means no filter). */
  regionPrefix: /^\d{0,9}$/,
  /** Labor-dispute case numbers, `<city>-<year>-<serial>` (e.g. 4401-2025-000123). */
  caseNumber: /^[0-9A-Za-z]{1,12}(?:-[0-9A-Za-z]{1,12}){0,3}$/,
  /** Opaque pagination cursors are base64url. */
  cursor: /^[A-Za-z0-9_-]{1,512}$/,
  /** Client-chosen idempotency keys. */
  idempotencyKey: /^[A-Za-z0-9._:-]{8,100}$/,
} as const;

/** A string trimmed and matched against an ASCII pattern; `map` may canonicalize (e.g. upper-case). */
export function asciiCode(pattern: RegExp, message: string, map: (value: string) => string = (v) => v) {
  return z.string().transform((value, ctx) => {
    // Bounded before trimming or matching so a huge value costs nothing.
    const trimmed = value.length > 1024 ? null : map(value.trim());
    if (trimmed === null || !pattern.test(trimmed)) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return trimmed;
  });
}

/** An entity id; a UUID is lower-cased, as the app generates and stores them. */
export const entityId = asciiCode(CODE_PATTERNS.id, 'is not a valid id', (v) =>
  CODE_PATTERNS.uuid.test(v) ? v.toLowerCase() : v,
);
export const regionCode = asciiCode(CODE_PATTERNS.regionCode, 'must be a GB/T 2260 region code');
export const regionPrefix = asciiCode(
  CODE_PATTERNS.regionPrefix,
  'must be digits of a region code (up to 9)',
);
export const caseNumber = asciiCode(CODE_PATTERNS.caseNumber, 'is not a case number');
export const cursor = asciiCode(CODE_PATTERNS.cursor, 'is not a cursor from this API');
export const idempotencyKey = asciiCode(
  CODE_PATTERNS.idempotencyKey,
  'must be 8 to 100 of A-Z a-z 0-9 . _ : -',
);

/** Wraps a kit validator (fixed reasons that never echo the value) as a zod schema of its value. */
export function fromValidation<T>(validate: (value: string) => Validation<T>, maxLength = 64) {
  return z.string().transform((value, ctx) => {
    const result = value.length > maxLength ? null : validate(value);
    if (!result || !result.ok) {
      ctx.addIssue({
        code: 'custom',
        message: result ? result.reason : `must be at most ${maxLength} characters`,
      });
      return z.NEVER;
    }
    return result.value;
  });
}

/** Unified social credit code (GB 32100), normalized to upper case. */
export const creditCode = fromValidation(validateCreditCode).transform((v) => v.normalized);
/** Resident identity number (GB 11643): the validated facts (normalized, birth date, gender…). */
export const nationalId = fromValidation((v) => validateNationalId(v));
/** Mainland mobile number, normalized to 11 digits. */
export const mobile = fromValidation(validateMobile).transform((v) => v.normalized);

/** A calendar date as 'YYYY-MM-DD' that exists. */
export const isoDate = z
  .string()
  .refine((v) => v.length === 10 && parseIsoDate(v) !== null, 'must be a real calendar date as YYYY-MM-DD');

/** A version number the client read, for optimistic concurrency. */
export const expectedVersion = z.number().int().min(1, 'must be a version you read');
