import { createHmac, randomInt, scrypt, timingSafeEqual, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (
  pw: string,
  salt: Buffer,
  len: number,
  opts: object,
) => Promise<Buffer>;

/* No 0/O, 1/I/L: read out over the phone. 12 characters of 31 ≈ 59 bits. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 12;
const PARAMS = { N: 16384, r: 8, p: 1 };

/** A fresh follow-up code, shown to the anonymous caller once and stored only as its scrypt hash. */
export function newFollowUpCode(): string {
  let out = '';
  for (let i = 0; i < LENGTH; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/*
 * The demo seed's web appeals carry codes too, derived from the appeal's id (itself a pure function
 * of the seed) by a keyed hash of their own — no draw from the seed's PRNG, so nothing else shifts:
 * the i-th accepted byte of HMAC-SHA256(SEEDED_CODE_KEY, id ‖ block) picks the i-th character
 * (bytes ≥ 248 are skipped so each of the 31 characters is equally likely). Demo data only: anyone
 * with this repository can recompute them, which is the point (`npm run seed` prints a few).
 */
const SEEDED_CODE_KEY = 'union-demo-seed/appeal-follow-up/v1';

/** The follow-up code of the seeded web appeal with this id (deterministic; stored only hashed). */
export function seededFollowUpCode(appealId: string): string {
  let out = '';
  for (let block = 0; out.length < LENGTH; block++) {
    const bytes = createHmac('sha256', SEEDED_CODE_KEY).update(`${appealId}|${block}`).digest();
    for (const b of bytes) {
      if (b >= 248) continue;
      out += ALPHABET[b % ALPHABET.length];
      if (out.length === LENGTH) break;
    }
  }
  return out;
}

export function normalizeFollowUpCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** 'scrypt$<salt b64>$<hash b64>'. */
export async function hashFollowUpCode(code: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(normalizeFollowUpCode(code), salt, 32, PARAMS);
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
}

// A stored hash of nothing, so a wrong number costs the same time as a wrong code.
const DUMMY = `scrypt$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(32).toString('base64')}`;

export async function verifyFollowUpCode(code: string, stored: string | null): Promise<boolean> {
  const [scheme, salt, hash] = (stored ?? DUMMY).split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(
    normalizeFollowUpCode(code),
    Buffer.from(salt, 'base64'),
    expected.length,
    PARAMS,
  );
  return stored !== null && timingSafeEqual(actual, expected);
}
