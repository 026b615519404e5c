import { z } from 'zod';

/**
 * Hygiene for every piece of human text the graph accepts (docs/security.md). Text is stored and shown
 * to other people (names on membership cards, dispute summaries read by mediators), so what is
 * accepted is what a person can see and type:
 *
 * - normalized to NFC (so 'é' typed two ways is one value for uniqueness and prefix search) and
 *   trimmed (String.prototype.trim: ASCII and Unicode white space, ideographic space U+3000, BOM);
 * - refused: C0 and C1 control characters and DEL (a single line refuses all of them; a multi-line
 *   block allows only \n and \t, with \r\n and \r turned into \n first), the line/paragraph
 *   separators U+2028/U+2029, bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
 *   U+2066–U+2069, which make text display in another order than it is stored, the "Trojan
 *   source" trick), lone surrogates (not Unicode at all; MariaDB's utf8mb4 refuses them), and
 *   strings made only of invisible characters (zero-width spaces and joiners, word joiner, soft
 *   hyphen, variation selectors…). Zero-width joiners inside visible text stay: emoji sequences
 *   and some scripts need them;
 * - bounded: every kind of text has a maximum length in code points (what a person counts as
 *   characters, and what MariaDB's VARCHAR(n) counts in utf8mb4).
 *
 * Refusal messages are fixed texts: they never echo the value (it may be personal information).
 */

/** Maximum lengths by kind of text, in code points. One table so the README can quote it. */
export const TEXT_LIMITS = {
  /** A person's name (member, applicant, chairperson). */
  personName: 100,
  /** Names and titles of organizations, employers, programs, contracts. */
  name: 200,
  /** Short labels: an occupation, a congress session, one openness item. */
  label: 100,
  /** A reason given for a decision (rejection, dissolution, status change). */
  reason: 500,
  /** Notes and summaries (multi-line). */
  note: 2000,
  /** The longest free text the graph takes: assessment findings (multi-line). */
  document: 4000,
  /** Any filter or search argument (single line). */
  filter: 100,
} as const;

/** Any string argument that no rule names is still checked as multi-line text up to this length. */
export const DEFAULT_TEXT_MAX = TEXT_LIMITS.document;

// Single line: every C0 control, DEL, every C1 control, U+2028/2029.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
// Multi-line: the same but \t (U+0009) and \n (U+000A) are allowed.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_BLOCK = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// A surrogate code unit not part of a pair (the 'u' flag matches pairs as one code point).
const LONE_SURROGATE = /\p{Cs}/u;
/*
 * Characters with no visible glyph of their own: a value made only of these looks empty.
 * Default_Ignorable_Code_Point covers the zero-width space/joiners, word joiner, BOM, soft hyphen,
 * Hangul fillers, variation selectors and tag characters; white space is trimmed before this.
 */
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\s]*$/u;

export type TextKind = 'line' | 'block';

export interface TextOptions {
  /** Maximum length in code points. */
  max: number;
  /** 'line' (default) refuses every control character; 'block' allows \n and \t. */
  kind?: TextKind;
  /** An empty string (after trimming) is accepted as ''; filters treat it as "no filter". */
  allowEmpty?: boolean;
}

/** Code points, not UTF-16 units: a CJK extension character or an emoji counts as one. */
export function codePointLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

/**
 * Normalizes and checks one text value; returns the clean text or a fixed reason.
 * Exported so non-zod callers (CSV import, scripts) apply the very same rules.
 */
export function cleanText(
  value: string,
  options: TextOptions,
): { ok: true; value: string } | { ok: false; reason: string } {
  const { max, kind = 'line', allowEmpty = false } = options;
  // A value far over the limit is refused before any work proportional to its size is done.
  if (value.length > max * 2 + 64) return { ok: false, reason: `must be at most ${max} characters` };
  if (LONE_SURROGATE.test(value)) return { ok: false, reason: 'must be valid Unicode text' };
  let text = value.normalize('NFC');
  if (kind === 'block') text = text.replace(/\r\n?/g, '\n');
  text = text.trim();
  if ((kind === 'block' ? CONTROL_BLOCK : CONTROL_LINE).test(text)) {
    return {
      ok: false,
      reason:
        kind === 'block'
          ? 'must not contain control characters other than line breaks and tabs'
          : 'must not contain control characters or line breaks',
    };
  }
  if (BIDI.test(text)) return { ok: false, reason: 'must not contain bidirectional control characters' };
  if (text === '') {
    return allowEmpty ? { ok: true, value: '' } : { ok: false, reason: 'must not be empty' };
  }
  if (INVISIBLE.test(text)) return { ok: false, reason: 'must contain visible characters' };
  if (codePointLength(text) > max) return { ok: false, reason: `must be at most ${max} characters` };
  return { ok: true, value: text };
}

function textSchema(options: TextOptions) {
  return z.string().transform((value, ctx) => {
    const result = cleanText(value, options);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.reason });
      return z.NEVER;
    }
    return result.value;
  });
}

/** One line of text (names, titles, labels, filters): no control characters at all. */
export function textLine(max: number) {
  return textSchema({ max, kind: 'line' });
}

/** Multi-line text (reasons, notes, summaries, findings): line breaks and tabs allowed. */
export function textBlock(max: number) {
  return textSchema({ max, kind: 'block' });
}

/** A filter or search argument: one line, at most TEXT_LIMITS.filter; '' means no filter. */
export function searchText(max: number = TEXT_LIMITS.filter) {
  return textSchema({ max, kind: 'line', allowEmpty: true });
}

export const personName = textLine(TEXT_LIMITS.personName);
export const nameText = textLine(TEXT_LIMITS.name);
export const labelText = textLine(TEXT_LIMITS.label);
export const reasonText = textBlock(TEXT_LIMITS.reason);
export const noteText = textBlock(TEXT_LIMITS.note);
