import { chinaDateOf } from '@union/kit';

/**
 * Figures count people by birth month ('YYYY-MM'), so an age is the age reached by the end of the
 * current month (in China's calendar): a birthday later this month already counts. `today` is
 * China's 'YYYY-MM-DD' (computed once per figure, not once per counter cell).
 */
export function ageOfBirthMonth(birthMonth: string, today: string = chinaDateOf(new Date())): number {
  const now = today;
  const age = Number(now.slice(0, 4)) - Number(birthMonth.slice(0, 4));
  return Number(birthMonth.slice(5, 7)) > Number(now.slice(5, 7)) ? age - 1 : age;
}

/** New-generation workers (新生代): aged 16 to 34. */
export function isNewGeneration(age: number): boolean {
  return age >= 16 && age <= 34;
}
