import { badUserInput } from '../errors/errors';

/** Opaque cursors: base64url of the keyset values of the row they point at. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): (string | number)[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length > 0 &&
      parsed.every((v) => ['string', 'number'].includes(typeof v))
    ) {
      return parsed as (string | number)[];
    }
  } catch {
    // fall through to the same client error as a well-formed but meaningless cursor
  }
  throw badUserInput(field, 'Invalid cursor');
}
