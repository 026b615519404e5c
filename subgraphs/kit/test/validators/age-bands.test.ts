import { AGE_BANDS, ageBand, bandOfAge, birthDateRange } from '../../src';

/* One table behind the band of an age, the band of a birth date and a band's SQL bounds: they agree. */
describe('age bands', () => {
  const today = new Date('2026-06-15T04:00:00Z'); // 2026-06-15 in China

  it('bands every age, youngest first, at the documented thresholds', () => {
    expect(AGE_BANDS[0]).toBe('UNDER_18');
    expect(AGE_BANDS.at(-1)).toBe('OVER_60');
    expect([17, 18, 25, 26, 35, 36, 45, 46, 55, 56, 60, 61].map(bandOfAge)).toEqual([
      'UNDER_18',
      'AGE_18_25',
      'AGE_18_25',
      'AGE_26_35',
      'AGE_26_35',
      'AGE_36_45',
      'AGE_36_45',
      'AGE_46_55',
      'AGE_46_55',
      'AGE_56_60',
      'AGE_56_60',
      'OVER_60',
    ]);
    const order = Array.from({ length: 100 }, (_, age) => AGE_BANDS.indexOf(bandOfAge(age)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('a birth date is inside the SQL bounds of exactly its own band', () => {
    const dates = ['2026-06-15', '2026-06-16', '2008-06-15', '2008-06-16', '1966-06-15', '1965-06-16'];
    for (let year = 1940; year <= 2026; year += 3) dates.push(`${year}-02-28`, `${year}-12-31`);
    for (const born of dates) {
      if (born > '2026-06-15') continue;
      const inside = AGE_BANDS.filter((band) => {
        const r = birthDateRange(band, today);
        return (
          (r.after === undefined || born > r.after) && (r.onOrBefore === undefined || born <= r.onOrBefore)
        );
      });
      expect({ born, inside }).toEqual({ born, inside: [ageBand(born, today)] });
    }
  });
});
