import { maskMobile, validateMobile } from '../../src/validators/mobile';

function reasonOf(input: string): string {
  const r = validateMobile(input);
  if (r.ok) throw new Error('expected a refusal');
  return r.reason;
}

describe('validateMobile', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['  199 0000 1111 ', '19900001111'],
    ['+86-150-0000-9999', '15000009999'],
    ['17012345678', '17012345678'],
  ])('accepts %j as %s', (input, normalized) => {
    expect(validateMobile(input)).toEqual({ ok: true, value: { normalized } });
  });

  it.each([
    ['020-87654321', 'start with 13 to 19'], // Guangzhou landline: 11 digits too
    ['(020)87654321', 'only contain digits'],
    ['1381234567', '11 digits'],
    ['138123456789', '11 digits'],
    ['12812345678', 'start with 13 to 19'],
    ['10086123456', 'start with 13 to 19'],
    ['23812345678', 'start with 13 to 19'],
    ['+85291234567', 'only contain digits'], // Hong Kong number: not a mainland prefix
    ['+86 138 1234 567', '11 digits'],
    ['138.1234.5678', 'only contain digits'],
    ['１３８１２３４５６７８', 'only contain digits'], // full-width digits
    ['', '11 digits'],
  ])('refuses %j (%s)', (input, fragment) => {
    const reason = reasonOf(input);
    expect(reason).toContain(fragment);
    expect(reason).not.toMatch(/\d{4}/);
  });

  it('treats a leading 86 as a prefix only when 11 digits remain', () => {
    // 86 followed by 11 digits → prefix; 11 digits starting 86 → not a mobile at all
    expect(validateMobile('8615000009999').ok).toBe(true);
    expect(reasonOf('86150000999')).toContain('start with 13 to 19');
  });
});

describe('maskMobile', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
  });

  it('refuses anything not normalized, so nothing leaks unmasked', () => {
    for (const bad of ['+8613812345678', '138 1234 5678', '1381234567', '']) {
      expect(() => maskMobile(bad)).toThrow(RangeError);
    }
  });
});
