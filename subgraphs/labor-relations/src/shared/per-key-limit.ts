import { badUserInput, MAX_PAGE_SIZE } from '@union/kit';

/** A nested list's `first` (newest first, capped like connections at 100). */
export function listLimit(first: number | null | undefined, field = 'first'): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE) {
    throw badUserInput(field, `${field} must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return n;
}
