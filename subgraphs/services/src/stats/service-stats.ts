import type { ServiceCategory } from '../program/program.table';
import type { RequestStatus } from '../request/request.table';
import type { HardshipLevel } from '../hardship/hardship.table';

/** Service figures of a region or an organization (all from SQL aggregates). */
export interface ServiceStats {
  membersServed: number;
  membersServedByCategory: { category: ServiceCategory; members: number }[];
  requestsByStatus: { status: RequestStatus; count: number }[];
  ratingSum: number;
  ratings: number;
  openHardshipCasesByLevel: { level: HardshipLevel; count: number }[];
  assistanceYear: number;
  assistancePaidThisYearCents: number;
}

export function emptyStats(year: number): ServiceStats {
  return {
    membersServed: 0,
    membersServedByCategory: [],
    requestsByStatus: [],
    ratingSum: 0,
    ratings: 0,
    openHardshipCasesByLevel: [],
    assistanceYear: year,
    assistancePaidThisYearCents: 0,
  };
}

/** Adds `n` to the entry of a keyed list, creating it when missing. */
export function bump<K extends string, E extends Record<K, string>>(
  list: (E & Record<string, unknown>)[],
  key: K,
  value: string,
  countField: string,
  n: number,
): void {
  if (n === 0) return;
  const entry = list.find((e) => e[key] === value) as Record<string, any> | undefined;
  if (entry) entry[countField] += n;
  else list.push({ [key]: value, [countField]: n } as any);
}
