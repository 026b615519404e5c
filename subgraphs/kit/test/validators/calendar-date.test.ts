import { chinaDateOf, isCalendarDate, isLeapYear, parseIsoDate } from '../../src/validators/calendar-date';

describe('calendar dates', () => {
  it('applies the Gregorian leap-year rule including centuries', () => {
    expect([1996, 2000, 2024, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([1900, 2100, 2023, 1999].map(isLeapYear)).toEqual([false, false, false, false]);
  });

  it.each([
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2023, 2, 29, false],
    [2024, 2, 29, true],
    [1999, 2, 30, false],
    [2023, 4, 31, false],
    [2023, 12, 31, true],
    [2023, 13, 1, false],
    [2023, 0, 10, false],
    [2023, 1, 0, false],
  ])('%i-%i-%i real = %s', (y, m, d, expected) => {
    expect(isCalendarDate(y, m, d)).toBe(expected);
  });

  it('parses only strict real YYYY-MM-DD dates', () => {
    expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseIsoDate('1900-02-29')).toBeNull();
    expect(parseIsoDate('2000-2-29')).toBeNull();
    expect(parseIsoDate('20000229')).toBeNull();
    expect(parseIsoDate(' 2000-02-29')).toBeNull();
  });

  it('gives the calendar date in China (UTC+8), not the server zone', () => {
    expect(chinaDateOf(new Date('2024-06-30T15:59:59Z'))).toBe('2024-06-30');
    expect(chinaDateOf(new Date('2024-06-30T16:00:00Z'))).toBe('2024-07-01');
    expect(chinaDateOf(new Date('2023-12-31T20:00:00Z'))).toBe('2024-01-01');
  });
});
