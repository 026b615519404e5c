import { chinaDateOf } from './calendar-date';

/*
 * The age bands of the graph's figures and filters (docs/architecture.md §4: a band, unlike a birth
 * date, may be shown without pii:read). One table: the band of an age, the band of a birth date,
 * the birth-date bounds of a band for SQL filters and the figures' order all read it.
 */
export type AgeBand =
  | 'UNDER_18'
  | 'AGE_18_25'
  | 'AGE_26_35'
  | 'AGE_36_45'
  | 'AGE_46_55'
  | 'AGE_56_60'
  | 'OVER_60';

/** Each band's ages in whole years, inclusive (null: open-ended), youngest first. */
const LIMITS: readonly (readonly [AgeBand, number | null, number | null])[] = [
  ['UNDER_18', null, 17],
  ['AGE_18_25', 18, 25],
  ['AGE_26_35', 26, 35],
  ['AGE_36_45', 36, 45],
  ['AGE_46_55', 46, 55],
  ['AGE_56_60', 56, 60],
  ['OVER_60', 61, null],
];

/** Every band, youngest first (the order of the figures). */
export const AGE_BANDS: readonly AgeBand[] = LIMITS.map(([band]) => band);

/** The band of an age in whole years. */
export function bandOfAge(age: number): AgeBand {
  const found = LIMITS.find(([, , max]) => max === null || age <= max);
  return found![0];
}

function shiftYears(isoDate: string, years: number): string {
  const y = Number(isoDate.slice(0, 4)) + years;
  return `${String(y).padStart(4, '0')}${isoDate.slice(4)}`;
}

/**
 * Birth-date bounds of a band for SQL filters, on `today` in China's calendar: age ≥ min ⇔ born on
 * or before today − min years; age ≤ max ⇔ born after today − (max + 1) years.
 */
export function birthDateRange(
  band: AgeBand,
  today: Date = new Date(),
): { after?: string; onOrBefore?: string } {
  const [, min, max] = LIMITS.find(([b]) => b === band)!;
  const now = chinaDateOf(today);
  return {
    ...(min !== null ? { onOrBefore: shiftYears(now, -min) } : {}),
    ...(max !== null ? { after: shiftYears(now, -(max + 1)) } : {}),
  };
}
