import {
  CITIES_WITHOUT_COUNTIES,
  PROVINCE_CODES,
  isWithinRegion,
  parentRegionCode,
  regionLevelOf,
  validateRegionCode,
} from '../../src/validators/region-code';

describe('PROVINCE_CODES', () => {
  it('holds exactly the 34 province-level divisions', () => {
    expect(PROVINCE_CODES.size).toBe(34);
    for (const c of ['11', '44', '46', '50', '65', '71', '81', '82'])
      expect(PROVINCE_CODES.has(c)).toBe(true);
    for (const c of [
      '10',
      '16',
      '20',
      '24',
      '30',
      '38',
      '40',
      '47',
      '55',
      '60',
      '66',
      '70',
      '80',
      '83',
      '99',
      '00',
    ]) {
      expect(PROVINCE_CODES.has(c)).toBe(false);
    }
  });
});

describe('validateRegionCode', () => {
  it.each([
    ['44', 'PROVINCE'], // Guangdong
    ['4401', 'CITY'], // Guangzhou
    ['440106', 'COUNTY'], // Tianhe District
    ['440106001', 'TOWN'], // a street of Tianhe
    ['110101', 'COUNTY'], // Dongcheng, Beijing
    ['429004', 'COUNTY'], // Xiantao: county-level city directly under Hubei
    ['4419', 'CITY'], // Dongguan
    ['441900', 'COUNTY'], // Dongguan has no counties: its towns sit in the 00 slot
    ['441900003', 'TOWN'], // a town of Dongguan
    ['442000101', 'TOWN'], // a town of Zhongshan
  ])('accepts %s as %s', (code, level) => {
    expect(validateRegionCode(code)).toEqual({ ok: true, value: { code, level } });
  });

  it('trims surrounding whitespace', () => {
    expect(validateRegionCode(' 4401 \n')).toEqual({ ok: true, value: { code: '4401', level: 'CITY' } });
  });

  it.each([
    ['', 'digits only'],
    ['44a1', 'digits only'],
    ['-44', 'digits only'],
    ['4', '2, 4, 6 or 9'],
    ['440', '2, 4, 6 or 9'],
    ['44010', '2, 4, 6 or 9'],
    ['4401060', '2, 4, 6 or 9'],
    ['440106001001', '2, 4, 6 or 9'],
    ['99', 'unknown province'],
    ['000000', 'unknown province'],
    ['1001', 'unknown province'],
    ['4400', 'city part'],
    ['440000', 'city part'],
    ['440100', 'county part'],
    ['440100001', 'county part'],
    ['440106000', 'town part'],
  ])('refuses %j (%s)', (code, fragment) => {
    const r = validateRegionCode(code);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(fragment);
  });

  it('only exempts the listed county-less cities from the county-part rule', () => {
    expect(CITIES_WITHOUT_COUNTIES.has('441900')).toBe(true);
    expect(validateRegionCode('441800').ok).toBe(false);
  });
});

describe('regionLevelOf / parentRegionCode', () => {
  it('walks up the hierarchy', () => {
    expect(parentRegionCode('440106001')).toBe('440106');
    expect(parentRegionCode('440106')).toBe('4401');
    expect(parentRegionCode('4401')).toBe('44');
    expect(parentRegionCode('44')).toBeNull();
    expect(parentRegionCode('441900003')).toBe('441900');
    expect(regionLevelOf('440106001')).toBe('TOWN');
  });

  it('throws on invalid codes instead of guessing', () => {
    expect(() => parentRegionCode('440')).toThrow(RangeError);
    expect(() => regionLevelOf('9901')).toThrow(RangeError);
  });
});

describe('isWithinRegion', () => {
  it('matches descendants and the region itself', () => {
    expect(isWithinRegion('440106001', '44')).toBe(true);
    expect(isWithinRegion('440106001', '4401')).toBe(true);
    expect(isWithinRegion('440106', '440106')).toBe(true);
  });

  it('does not match siblings or ancestors', () => {
    expect(isWithinRegion('440306', '4401')).toBe(false);
    expect(isWithinRegion('4401', '440106')).toBe(false);
  });

  it('fails closed on an empty or invalid prefix or code', () => {
    expect(isWithinRegion('440106', '')).toBe(false);
    expect(isWithinRegion('440106', '4')).toBe(false);
    expect(isWithinRegion('4401xx', '44')).toBe(false);
    expect(isWithinRegion('441900003', '4419001')).toBe(false);
  });
});
