import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckChar,
  makeCreditCode,
  organizationCodeCheckChar,
  validateCreditCode,
} from '../../src/validators/credit-code';

/**
 * Codes published on business licences and company filings. Each was checked against both
 * check characters; candidates remembered from memory that failed were dropped, not "fixed".
 */
const PUBLISHED = [
  '91350100M000100Y43',
  '91110000802100433B',
  '91440300708461136T',
  '914403001922038216',
  '9144030010001686XA',
  '91440101231245152Y',
  '914403007261824992',
];

function reasonOf(input: string): string {
  const r = validateCreditCode(input);
  if (r.ok) throw new Error('expected a refusal');
  return r.reason;
}

describe('check characters', () => {
  it('the alphabet has 31 characters and none of I O Z S V', () => {
    expect(CREDIT_CODE_ALPHABET).toHaveLength(31);
    expect(new Set(CREDIT_CODE_ALPHABET).size).toBe(31);
    expect(CREDIT_CODE_ALPHABET).not.toMatch(/[IOZSV]/);
  });

  it('GB 11714 organization code check, worked by hand for M000100Y → 4', () => {
    // M=22, Y=34: 22·3 + 0·7 + 0·9 + 0·10 + 1·5 + 0·8 + 0·4 + 34·2 = 139; 139 mod 11 = 7; 11 − 7 = 4
    expect(organizationCodeCheckChar('M000100Y')).toBe('4');
    // 10001686: 1·3 + 1·5 + 6·8 + 8·4 + 6·2 = 100, 100 mod 11 = 1, 11 − 1 = 10 → X
    expect(organizationCodeCheckChar('10001686')).toBe('X');
    // sum ≡ 0 mod 11 → 11 → '0': 00000000 has sum 0
    expect(organizationCodeCheckChar('00000000')).toBe('0');
  });

  it('GB 32100 check maps a remainder of 0 to "0", not to index 31', () => {
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });

  it.each(PUBLISHED)('published code %s passes both checks', (code) => {
    expect(organizationCodeCheckChar(code.slice(8, 16))).toBe(code[16]);
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
    expect(validateCreditCode(code)).toEqual({
      ok: true,
      value: { normalized: code, regionCode: code.slice(2, 8) },
    });
  });
});

describe('validateCreditCode', () => {
  it('trims and upper-cases', () => {
    expect(validateCreditCode('  91350100m000100y43 ')).toEqual({
      ok: true,
      value: { normalized: '91350100M000100Y43', regionCode: '350100' },
    });
  });

  it.each([
    ['91350100M000100Y44', 'check character does not match'],
    ['91110000802100433C', 'check character does not match'],
    ['91350100M000100Y53', 'organization code check character'],
    ['91440300279583285T', 'organization code check character'],
    ['91350100M0001O0Y43', 'other than I, O, Z, S and V'],
    ['91350100M000100I43', 'other than I, O, Z, S and V'],
    ['9135010SM000100Y43', 'other than I, O, Z, S and V'],
    ['91350100M000100V43', 'other than I, O, Z, S and V'],
    ['91350100M000100Z43', 'other than I, O, Z, S and V'],
    ['91350100-000100Y43', 'other than I, O, Z, S and V'],
    ['9135A100M000100Y43', '6-digit region code'],
    ['91350100M000100Y4', '18 characters'],
    ['91350100M000100Y433', '18 characters'],
    ['', '18 characters'],
  ])('refuses %j (%s)', (code, fragment) => {
    const reason = reasonOf(code);
    expect(reason).toContain(fragment);
    if (code) expect(reason).not.toContain(code);
  });

  it('catches every single-character substitution in a published code', () => {
    const code = PUBLISHED[0]!;
    for (let i = 0; i < 18; i++) {
      for (const c of CREDIT_CODE_ALPHABET) {
        if (c === code[i]) continue;
        const typo = code.slice(0, i) + c + code.slice(i + 1);
        expect(validateCreditCode(typo).ok).toBe(false);
      }
    }
  });
});

describe('makeCreditCode', () => {
  it('round-trips generated codes, including X organization checks, all distinct', () => {
    const seen = new Set<string>();
    let sawX = false;
    for (let serial = 0; serial < 1000; serial++) {
      const regionCode = ['440106', '441900', '440300'][serial % 3]!;
      const code = makeCreditCode({ regionCode, serial: serial * 7919 });
      sawX ||= code[16] === 'X';
      expect(validateCreditCode(code)).toEqual({ ok: true, value: { normalized: code, regionCode } });
      expect(code.slice(0, 2)).toBe('91');
      seen.add(code);
    }
    expect(seen.size).toBe(1000);
    expect(sawX).toBe(true);
  });

  it('honours authority and type and reproduces a published code', () => {
    const code = makeCreditCode({ regionCode: '440300', serial: 19220382 });
    expect(code).toBe('914403001922038216');
    const social = makeCreditCode({ regionCode: '440106', serial: 12345678, authority: '5', type: '1' });
    expect(social.slice(0, 2)).toBe('51');
    expect(validateCreditCode(social).ok).toBe(true);
  });

  it('refuses parts that would make an invalid code', () => {
    expect(() => makeCreditCode({ regionCode: '4401', serial: 1 })).toThrow(RangeError);
    expect(() => makeCreditCode({ regionCode: '440106', serial: -1 })).toThrow(RangeError);
    expect(() => makeCreditCode({ regionCode: '440106', serial: 100_000_000 })).toThrow(RangeError);
    expect(() => makeCreditCode({ regionCode: '440106', serial: 1.5 })).toThrow(RangeError);
    expect(() => makeCreditCode({ regionCode: '440106', serial: 1, authority: 'I' })).toThrow(RangeError);
    expect(() => makeCreditCode({ regionCode: '440106', serial: 1, type: '12' })).toThrow(RangeError);
  });
});

describe('registration authority and organization category (GB 32100 table)', () => {
  // Codes with valid check characters but a first or second character outside the table.
  const withPrefix = (prefix: string) => {
    const body8 = '12345678';
    const first17 = prefix + '440106' + body8 + organizationCodeCheckChar(body8);
    return first17 + creditCodeCheckChar(first17);
  };

  it.each([
    '11',
    '12',
    '13',
    '19',
    '21',
    '31',
    '35',
    '39',
    '51',
    '52',
    '53',
    '59',
    '81',
    '89',
    '91',
    '92',
    '93',
    'A1',
    'N3',
    'Y1',
  ])('accepts %s', (prefix) => {
    expect(validateCreditCode(withPrefix(prefix)).ok).toBe(true);
    expect(
      makeCreditCode({ regionCode: '440106', serial: 1, authority: prefix[0], type: prefix[1] }),
    ).toMatch(new RegExp(`^${prefix}`));
  });

  it.each([
    ['01', 'registration authority'],
    ['B1', 'registration authority'],
    ['X1', 'registration authority'],
    ['9A', 'organization category'],
    ['94', 'organization category'],
    ['99', 'organization category'],
    ['14', 'organization category'],
    ['54', 'organization category'],
    ['Y2', 'organization category'],
    ['Y9', 'organization category'],
    ['82', 'organization category'],
    ['10', 'organization category'],
  ])('refuses %s (%s) although both check characters match', (prefix, fragment) => {
    expect(reasonOf(withPrefix(prefix))).toContain(fragment);
    expect(() =>
      makeCreditCode({ regionCode: '440106', serial: 1, authority: prefix[0], type: prefix[1] }),
    ).toThrow(RangeError);
  });
});
