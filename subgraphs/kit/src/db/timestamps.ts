/*
 * Timestamps are stored as UTC text 'YYYY-MM-DD HH:MM:SS.mmm' on both engines (fixed width, so they
 * sort and compare the same way everywhere and never shift with a session time zone); dates as 'YYYY-MM-DD'.
 */
export function toDbTimestamp(date: Date = new Date()): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

export function fromDbTimestamp(value: string | Date): string {
  if (value instanceof Date) return value.toISOString();
  return `${value.replace(' ', 'T')}${value.includes('.') ? '' : '.000'}Z`;
}

export function fromDbDate(value: string | Date | null): string | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value.slice(0, 10);
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
