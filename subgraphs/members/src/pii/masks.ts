/*
 * Masks shown to callers without pii:read. The ID mask keeps the first four and last four
 * characters: the eight birth-date digits (and the county) stay hidden, so gender and age band,
 * which are visible, cannot be combined with it to rebuild the number.
 */
export function maskNationalId(normalized: string): string {
  return `${normalized.slice(0, 4)}${'*'.repeat(10)}${normalized.slice(14)}`;
}

export { maskMobile } from '@union/kit';
