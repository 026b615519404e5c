import { chinaDateOf } from '@union/kit';

/*
 * "Today" is the calendar date in mainland China (UTC+8, no daylight saving): a contract whose
 * effective_to is yesterday there has expired, whatever the server's own time zone.
 */
export function today(now: Date = new Date()): string {
  return chinaDateOf(now);
}

/** 'YYYY-MM-DD' plus n days (n may be negative). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** 'YYYY-01-01' of the year `date` falls in. */
export function startOfYear(date: string): string {
  return `${date.slice(0, 4)}-01-01`;
}
