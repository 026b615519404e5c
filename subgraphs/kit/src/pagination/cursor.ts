import { badUserInput } from '../errors/errors';

/** Opaque cursors: base64url of the keyset values of the row they point at. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): (string | number)[] {
  try {
    if (cursor.length > 512) throw new RangeError('cursor too long');
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length > 0 &&
      parsed.length <= 4 &&
      // Keyset values are ids, codes and dates: ASCII. Anything else would reach SQL as a
      // utf8mb4 parameter against an ASCII column (MariaDB: "Illegal mix of collations").
      parsed.every(
        (v) =>
          (typeof v === 'string' && /^[\x20-\x7E]{0,64}$/.test(v)) ||
          (typeof v === 'number' && Number.isFinite(v)),
      )
    ) {
      return parsed as (string | number)[];
    }
  } catch {
    // fall through to the same client error as a well-formed but meaningless cursor
  }
  throw badUserInput(field, 'Invalid cursor');
}
