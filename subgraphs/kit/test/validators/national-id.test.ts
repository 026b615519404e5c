import {
  ageBand,
  ageOn,
  makeNationalId,
  nationalIdCheckChar,
  validateNationalId,
} from '../../src/validators/national-id';
import type { AgeBand } from '../../src/validators/age-bands';

const TODAY = new Date('2024-06-01T04:00:00Z');

/**
 * Independent reference for the GB 11643 check character, written from the standard's own
 * definition (weight of position i counted from the right is 2^(i-1) mod 11; check a satisfies
 * sum + a ≡ 1 mod 11) rather than from the lookup tables the implementation uses.
 */
function referenceCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const a = (12 - (sum % 11)) % 11;
  return a === 10 ? 'X' : String(a);
}

function reasonOf(input: string, today = TODAY): string {
  const r = validateNationalId(input, { today });
  if (r.ok) throw new Error('expected a refusal');
  return r.reason;
}

/** Replaces the check character so that a vector fails only on the rule under test. */
function withCheck(first17: string): string {
  return first17 + referenceCheckChar(first17);
}

describe('nationalIdCheckChar', () => {
  it.each(['11010519491231002X', '440524188001010014', '110101199003074477', '110101199003074258'])(
    'matches the reference computation and the published vector %s',
    (id) => {
      expect(referenceCheckChar(id.slice(0, 17))).toBe(id[17]);
      expect(nationalIdCheckChar(id.slice(0, 17))).toBe(id[17]);
    },
  );

  it('agrees with the reference on random bodies', () => {
    for (let n = 0; n < 2000; n++) {
      const body = Array.from({ length: 17 }, () => Math.floor(Math.random() * 10)).join('');
      expect(nationalIdCheckChar(body)).toBe(referenceCheckChar(body));
    }
  });

  it('rejects bodies that are not 17 digits', () => {
    expect(() => nationalIdCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => nationalIdCheckChar('11010519491231002X')).toThrow(RangeError);
    expect(() => nationalIdCheckChar('1101051949123100X')).toThrow(RangeError);
  });
});

describe('validateNationalId', () => {
  it('accepts the published sample 11010519491231002X and extracts its facts', () => {
    expect(validateNationalId('11010519491231002X', { today: TODAY })).toEqual({
      ok: true,
      value: {
        normalized: '11010519491231002X',
        regionCode: '110105',
        birthDate: '1949-12-31',
        gender: 'FEMALE',
        sequence: '002',
      },
    });
  });

  it('reads gender from the 17th digit', () => {
    const male = validateNationalId('110101199003074477', { today: TODAY });
    expect(male.ok && male.value.gender).toBe('MALE');
    expect(male.ok && male.value.birthDate).toBe('1990-03-07');
    expect(validateNationalId('110101199003074258', { today: TODAY })).toMatchObject({
      value: { gender: 'MALE' },
    });
    const female = validateNationalId(withCheck('44010619900307122'), { today: TODAY });
    expect(female.ok && female.value.gender).toBe('FEMALE');
    expect(female.ok && female.value.sequence).toBe('122');
  });

  it('trims whitespace and upper-cases a lowercase x', () => {
    const r = validateNationalId('  11010519491231002x\t', { today: TODAY });
    expect(r.ok && r.value.normalized).toBe('11010519491231002X');
  });

  it('refuses the textbook 440524188001010014: checksum right, but born 1880', () => {
    expect(nationalIdCheckChar('44052418800101001')).toBe('4');
    expect(reasonOf('440524188001010014')).toBe('national ID birth date is before 1900-01-01');
  });

  it.each([
    ['110101199003077572', 'check character does not match'], // correct check would be 1
    ['110101199003074478', 'check character does not match'],
    ['11010519491231002Y', '17 digits followed by a digit or X'],
    ['1101051949123100X2', '17 digits followed by a digit or X'],
    ['11O105194912310021', '17 digits followed by a digit or X'],
    ['11010519491231002', '18 characters'],
    ['1101051949123100211', '18 characters'],
    ['110105 19491231002X', '18 characters'],
    ['', '18 characters'],
    [withCheck('99010119900307123'), 'unknown province'],
    [withCheck('00000019900307123'), 'unknown province'],
    [withCheck('44010620230230123'), 'not a real calendar date'],
    [withCheck('44010619990230123'), 'not a real calendar date'],
    [withCheck('44010619001301123'), 'not a real calendar date'],
    [withCheck('44010619000229123'), 'not a real calendar date'], // 1900 is not a leap year
    [withCheck('44010618991231123'), 'before 1900-01-01'],
    [withCheck('44010620240602123'), 'in the future'],
  ])('refuses %j (%s)', (id, fragment) => {
    expect(reasonOf(id)).toContain(fragment);
  });

  it('accepts boundary dates: leap day 2000-02-29, 1900-01-01, and today itself', () => {
    expect(validateNationalId(withCheck('44010620000229123'), { today: TODAY }).ok).toBe(true);
    expect(validateNationalId(withCheck('44010619000101123'), { today: TODAY }).ok).toBe(true);
    expect(validateNationalId(withCheck('44010620240601123'), { today: TODAY }).ok).toBe(true);
  });

  it('judges "future" by the date in China, not UTC', () => {
    const id = withCheck('44010620240602123');
    // 2024-06-01T16:30Z is already 2 June 00:30 in Beijing.
    expect(validateNationalId(id, { today: new Date('2024-06-01T16:30:00Z') }).ok).toBe(true);
    expect(validateNationalId(id, { today: new Date('2024-06-01T15:30:00Z') }).ok).toBe(false);
  });

  it('gives a distinct reason for each rule', () => {
    const reasons = new Set(
      [
        '123',
        '11010519491231002Y',
        '110101199003077572',
        withCheck('99010119900307123'),
        withCheck('44010619990230123'),
        withCheck('44010618991231123'),
        withCheck('44010620240602123'),
      ].map((id) => reasonOf(id)),
    );
    expect(reasons.size).toBe(7);
  });

  it('never puts any part of the number into a reason', () => {
    const bad = [
      '110101199003077572',
      '44052418800101001',
      '4405241880010100145',
      withCheck('99010119900307123'),
      withCheck('44010619990230123'),
      withCheck('44010620240602123'),
      withCheck('44010618991231123'),
    ];
    for (const id of bad) {
      const reason = reasonOf(id);
      for (const piece of [id, id.slice(0, 6), id.slice(6, 14), id.slice(6, 10), id.slice(14)]) {
        expect(reason).not.toContain(piece);
      }
    }
  });
});

describe('ageOn / ageBand', () => {
  it('counts full years, turning a year older on the birthday', () => {
    expect(ageOn('1990-06-01', TODAY)).toBe(34);
    expect(ageOn('1990-06-02', TODAY)).toBe(33);
    expect(ageOn('2024-06-01', TODAY)).toBe(0);
  });

  it('ages a 29 February birthday on 1 March in common years', () => {
    expect(ageOn('2000-02-29', new Date('2018-02-28T04:00:00Z'))).toBe(17);
    expect(ageOn('2000-02-29', new Date('2018-03-01T04:00:00Z'))).toBe(18);
    expect(ageOn('2000-02-29', new Date('2020-02-29T04:00:00Z'))).toBe(20);
  });

  it('throws on a malformed birth date without echoing it', () => {
    expect(() => ageOn('1990-02-30', TODAY)).toThrow(RangeError);
    let message = '';
    try {
      ageOn('19900301', TODAY);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/YYYY-MM-DD/);
    expect(message).not.toContain('19900301');
  });

  it.each<[string, AgeBand]>([
    ['2006-06-02', 'UNDER_18'], // 17, one day short of 18
    ['2006-06-01', 'AGE_18_25'],
    ['1998-06-02', 'AGE_18_25'], // 25
    ['1998-06-01', 'AGE_26_35'], // 26
    ['1988-06-02', 'AGE_26_35'], // 35
    ['1988-06-01', 'AGE_36_45'],
    ['1978-06-02', 'AGE_36_45'],
    ['1978-06-01', 'AGE_46_55'],
    ['1968-06-02', 'AGE_46_55'],
    ['1968-06-01', 'AGE_56_60'],
    ['1963-06-02', 'AGE_56_60'], // 60
    ['1963-06-01', 'OVER_60'], // 61
    ['1949-12-31', 'OVER_60'],
  ])('born %s is %s on 2024-06-01', (birthDate, band) => {
    expect(ageBand(birthDate, TODAY)).toBe(band);
  });
});

describe('makeNationalId', () => {
  it('reproduces the published sample from its parts', () => {
    expect(makeNationalId({ regionCode: '110105', birthDate: '1949-12-31', sequence: '002' })).toBe(
      '11010519491231002X',
    );
  });

  it('round-trips 1000 generated numbers through the validator', () => {
    const regions = ['440106', '440306', '441900', '445281', '110105', '650102'];
    const start = Date.UTC(1900, 0, 1);
    const span = Date.UTC(2024, 5, 1) - start;
    let sawX = false;
    for (let n = 0; n < 1000; n++) {
      const regionCode = regions[n % regions.length]!;
      const birthDate = new Date(start + Math.floor(Math.random() * span)).toISOString().slice(0, 10);
      const sequence = String(n % 1000).padStart(3, '0');
      const id = makeNationalId({ regionCode, birthDate, sequence });
      sawX ||= id.endsWith('X');
      const r = validateNationalId(id, { today: TODAY });
      expect(r).toEqual({
        ok: true,
        value: { normalized: id, regionCode, birthDate, sequence, gender: n % 2 === 1 ? 'MALE' : 'FEMALE' },
      });
    }
    // About 1 in 11 numbers ends in X; 1000 draws without one would mean the X branch is untested.
    expect(sawX).toBe(true);
  });

  it('refuses parts that would make an invalid number', () => {
    const ok = { regionCode: '440106', birthDate: '1990-03-07', sequence: '123' };
    expect(() => makeNationalId({ ...ok, regionCode: '44010' })).toThrow(RangeError);
    expect(() => makeNationalId({ ...ok, regionCode: '990101' })).toThrow(RangeError);
    expect(() => makeNationalId({ ...ok, birthDate: '1990-02-30' })).toThrow(RangeError);
    expect(() => makeNationalId({ ...ok, birthDate: '19900307' })).toThrow(RangeError);
    expect(() => makeNationalId({ ...ok, sequence: '12' })).toThrow(RangeError);
  });
});
