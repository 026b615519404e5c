import { makeCreditCode } from '../src/validators/credit-code';
import { makeNationalId } from '../src/validators/national-id';
import {
  caseNumber,
  creditCode,
  cursor,
  entityId,
  idempotencyKey,
  isoDate,
  mobile,
  nationalId,
  regionCode,
  regionPrefix,
} from '../src/validation/codes';

const HOSTILE = [
  '４４',
  '٤٤',
  '😀',
  '44\u0000',
  "44' OR 1=1 --",
  '44%',
  '4*',
  '\u202e44',
  ' ',
  'x'.repeat(100_000),
];

describe('codes and ids: ASCII shape before any SQL', () => {
  it('ids: UUIDs (lower-cased) and ASCII tokens pass; anything else is refused', () => {
    expect(entityId.parse('0190F5C2-7B1A-7C3D-8E4F-0123456789AB')).toBe(
      '0190f5c2-7b1a-7c3d-8e4f-0123456789ab',
    );
    expect(entityId.parse(' no-such-org ')).toBe('no-such-org');
    for (const v of [...HOSTILE, '', 'a b', 'a'.repeat(65), '-leading'])
      expect(entityId.safeParse(v).success).toBe(false);
  });

  it('region codes are 2, 4, 6 or 9 ASCII digits; prefixes up to 9 digits or empty', () => {
    for (const v of ['44', '4401', '440106', '440106001']) expect(regionCode.parse(v)).toBe(v);
    for (const v of [...HOSTILE, '', '4', '440', '4401060011'])
      expect(regionCode.safeParse(v).success).toBe(false);
    for (const v of ['', '4', '44', '440106001']) expect(regionPrefix.parse(v)).toBe(v);
    for (const v of [...HOSTILE.filter((h) => h !== ' '), '4401060011'])
      expect(regionPrefix.safeParse(v).success).toBe(false);
  });

  it('case numbers, cursors and idempotency keys', () => {
    expect(caseNumber.parse('4401-2025-000123')).toBe('4401-2025-000123');
    expect(cursor.parse('WyI0NDAxIiwiYWJjIl0')).toBe('WyI0NDAxIiwiYWJjIl0');
    expect(idempotencyKey.parse('grant:2025-01:abc')).toBe('grant:2025-01:abc');
    for (const v of HOSTILE) {
      expect(caseNumber.safeParse(v).success).toBe(false);
      expect(cursor.safeParse(v).success).toBe(false);
      expect(idempotencyKey.safeParse(v).success).toBe(false);
    }
  });

  it('credit codes, national ids and mobiles go through the kit validators', () => {
    const code = makeCreditCode({ regionCode: '440106', serial: 42 });
    expect(creditCode.parse(code.toLowerCase())).toBe(code);
    const id = makeNationalId({ regionCode: '440106', birthDate: '1990-01-01', sequence: '123' });
    expect(nationalId.parse(id).normalized).toBe(id);
    expect(mobile.parse('+86 138-1234-5678')).toBe('13812345678');
    for (const v of HOSTILE) {
      expect(creditCode.safeParse(v).success).toBe(false);
      expect(nationalId.safeParse(v).success).toBe(false);
      expect(mobile.safeParse(v).success).toBe(false);
    }
  });

  it('dates are real calendar dates', () => {
    expect(isoDate.parse('2024-02-29')).toBe('2024-02-29');
    for (const v of ['2023-02-29', '２０２４-01-01', '2024-1-1', ''])
      expect(isoDate.safeParse(v).success).toBe(false);
  });
});
