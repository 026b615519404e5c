import { chinaDateOf, type AgeBand } from '@union/kit';

export const AGE_BANDS: readonly AgeBand[] = [
  'UNDER_18',
  'AGE_18_25',
  'AGE_26_35',
  'AGE_36_45',
  'AGE_46_55',
  'AGE_56_60',
  'OVER_60',
];

/** Band of an age in whole years (the kit's thresholds). */
export function bandOfAge(age: number): AgeBand {
  if (age < 18) return 'UNDER_18';
  if (age <= 25) return 'AGE_18_25';
  if (age <= 35) return 'AGE_26_35';
  if (age <= 45) return 'AGE_36_45';
  if (age <= 55) return 'AGE_46_55';
  if (age <= 60) return 'AGE_56_60';
  return 'OVER_60';
}

/**
 * Figures count people by birth month ('YYYY-MM'), so an age is the age reached by the end of the
 * current month (in China's calendar): a birthday later this month already counts.
 */
export function ageOfBirthMonth(birthMonth: string, today: Date = new Date()): number {
  const now = chinaDateOf(today);
  const age = Number(now.slice(0, 4)) - Number(birthMonth.slice(0, 4));
  return Number(birthMonth.slice(5, 7)) > Number(now.slice(5, 7)) ? age - 1 : age;
}

/** New-generation workers (新生代): aged 16 to 34. */
export function isNewGeneration(age: number): boolean {
  return age >= 16 && age <= 34;
}

function shiftYears(isoDate: string, years: number): string {
  const y = Number(isoDate.slice(0, 4)) + years;
  return `${String(y).padStart(4, '0')}${isoDate.slice(4)}`;
}

/**
 * Birth-date bounds of an age band for SQL filters: age ≥ min ⇔ born on or before today − min
 * years; age ≤ max ⇔ born after today − (max + 1) years.
 */
export function birthDateRange(
  band: AgeBand,
  today: Date = new Date(),
): { after?: string; onOrBefore?: string } {
  const limits: Record<AgeBand, [number | null, number | null]> = {
    UNDER_18: [null, 17],
    AGE_18_25: [18, 25],
    AGE_26_35: [26, 35],
    AGE_36_45: [36, 45],
    AGE_46_55: [46, 55],
    AGE_56_60: [56, 60],
    OVER_60: [61, null],
  };
  const [min, max] = limits[band];
  const now = chinaDateOf(today);
  return {
    ...(min !== null ? { onOrBefore: shiftYears(now, -min) } : {}),
    ...(max !== null ? { after: shiftYears(now, -(max + 1)) } : {}),
  };
}
