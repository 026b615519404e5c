import fc from 'fast-check';

/**
 * Generated hostile strings: what a scripted attacker, a broken client or a copy-paste from a PDF
 * sends. Each generator covers one class the input vocabulary must handle (docs/security.md).
 */
const CONTROL = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u2028',
];
const BIDI = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200f',
];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\ufe0f'];
const FULLWIDTH = ['４４', '４４０１', '４４０１０６', '٤٤', '๔๔', 'Ａ'];
const EMOJI = ['😀', '👩‍👩‍👧', '🇨🇳', '𠮷'];
const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE members; --",
  '" OR ""="',
  '%',
  '_',
  '!%_!',
  '\\',
  "\\'",
  '*/ SELECT 1 /*',
  '${1}',
  'NULL',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const dangerous = fc.oneof(
  fc.constantFrom(...CONTROL, ...BIDI),
  loneSurrogate,
  fc.constantFrom(...INVISIBLE, ...FULLWIDTH, ...EMOJI, ...SQL),
);
const filler = fc.string({ maxLength: 12 });

/** A generated value that fast-check prints shortened (a failure report stays readable). */
export interface Hostile {
  value: string;
}
function shortly(value: string): Hostile {
  const shown =
    value.length > 60
      ? `${JSON.stringify(value.slice(0, 40))}… (${value.length} units)`
      : JSON.stringify(value);
  return { value, [fc.toStringMethod]: () => shown } as Hostile;
}

const anyHostile: fc.Arbitrary<string> = fc.oneof(
  // One dangerous piece somewhere inside ordinary text.
  fc.tuple(filler, dangerous, filler).map(([a, d, b]) => a + d + b),
  // Only invisible characters, or only white space.
  fc
    .array(fc.constantFrom(...INVISIBLE, ' ', '\u3000'), { minLength: 1, maxLength: 6 })
    .map((a) => a.join('')),
  // Shapes that look like codes but are not ASCII.
  fc.constantFrom(...FULLWIDTH, ...EMOJI),
  // SQL metacharacters (valid text in a name, never valid in a code).
  fc.constantFrom(...SQL),
  // Arbitrary code points, lone surrogates included.
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc
    .array(fc.oneof(dangerous, fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 8 })
    .map((a) => a.join('')),
  // Far over every limit (the gateway's body limit still lets these through).
  fc.constantFrom('x'.repeat(100_000), '工'.repeat(20_000), '😀'.repeat(10_000), '4'.repeat(5_000)),
);

export const hostileString: fc.Arbitrary<Hostile> = anyHostile.map(shortly);

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_INSIDE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;
const BIDI_ANY = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * True when no input of the graph may accept the value, whatever the field: lone surrogates,
 * control characters (line breaks and tabs aside: multi-line notes take them), bidi controls,
 * more than the longest text limit (4,000); and for ids and codes anything not ASCII.
 * Decided here independently of the implementation, from the rules the README states.
 */
export function mustRefuse(value: string, asCode: boolean): boolean {
  if (/\p{Cs}/u.test(value)) return true;
  const trimmed = value.trim();
  if (CONTROL_INSIDE.test(trimmed) || BIDI_ANY.test(trimmed)) return true;
  if ([...trimmed].length > 4000) return true;
  if (asCode && /[^\x20-\x7e]/.test(trimmed)) return true;
  return false;
}
