import {
  cleanText,
  codePointLength,
  searchText,
  TEXT_LIMITS,
  textBlock,
  textLine,
} from '../src/validation/text';

const line = (v: string, max = 100) => cleanText(v, { max });
const block = (v: string, max = 100) => cleanText(v, { max, kind: 'block' });
const reason = (r: ReturnType<typeof cleanText>) => (r.ok ? null : r.reason);

describe('text hygiene', () => {
  it('normalizes to NFC and trims (ASCII, ideographic and no-break spaces)', () => {
    expect(line('  Jose\u0301  ')).toEqual({ ok: true, value: 'Jos\u00e9' });
    expect(line('\u3000张三\u00a0')).toEqual({ ok: true, value: '张三' });
    expect(line('\ufeff李四')).toEqual({ ok: true, value: '李四' });
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['BEL', 'a\u0007b'],
    ['ESC', 'a\u001bb'],
    ['DEL', 'a\u007fb'],
    ['C1 NEL', 'a\u0085b'],
    ['C1 CSI', 'a\u009bb'],
    ['line break', 'a\nb'],
    ['tab', 'a\tb'],
    ['line separator', 'a\u2028b'],
  ])('a single line refuses %s', (_, value) => {
    expect(reason(line(value))).toMatch(/control characters/);
  });

  it('a block allows line breaks and tabs, turns CRLF and CR into LF, and refuses other controls', () => {
    expect(block('one\r\ntwo\rthree\n\tfour')).toEqual({ ok: true, value: 'one\ntwo\nthree\n\tfour' });
    expect(reason(block('a\u0000b'))).toMatch(/control characters/);
    expect(reason(block('a\u000bb'))).toMatch(/control characters/);
    expect(reason(block('a\u0085b'))).toMatch(/control characters/);
  });

  it.each([
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200e',
    '\u200f',
    '\u061c',
  ])('refuses the bidi control U+%s', (c) => {
    expect(reason(line(`abc${c}def`))).toMatch(/bidirectional/);
    expect(reason(block(`abc${c}def`))).toMatch(/bidirectional/);
  });

  it('refuses lone surrogates but keeps paired ones (characters outside the BMP)', () => {
    expect(reason(line('a\ud800b'))).toMatch(/valid Unicode/);
    expect(reason(line('a\udc00'))).toMatch(/valid Unicode/);
    expect(reason(line('\udc00\ud800'))).toMatch(/valid Unicode/);
    expect(line('𠮷野家😀')).toEqual({ ok: true, value: '𠮷野家😀' });
  });

  it('refuses strings that are only invisible, keeps zero-width joiners inside visible text', () => {
    for (const v of ['\u200b', '\u200b\u200c\u200d', '\u2060', '\u00ad', '\ufe0f', ' \u200b ']) {
      expect(reason(line(v))).toMatch(/visible characters|empty/);
    }
    expect(line('👩\u200d👩\u200d👧').ok).toBe(true);
  });

  it('refuses empty text unless allowed (filters)', () => {
    expect(reason(line('   '))).toBe('must not be empty');
    expect(cleanText('  ', { max: 10, allowEmpty: true })).toEqual({ ok: true, value: '' });
  });

  it('counts the limit in code points and refuses huge values without echoing them', () => {
    expect(codePointLength('𠮷😀a')).toBe(3);
    expect(line('𠮷'.repeat(100)).ok).toBe(true);
    expect(reason(line('𠮷'.repeat(101)))).toBe('must be at most 100 characters');
    const huge = 'x'.repeat(100_000);
    expect(reason(line(huge))).toBe('must be at most 100 characters');
  });

  it('zod schemas carry the same rules and never echo the value in the message', () => {
    const name = textLine(TEXT_LIMITS.personName);
    expect(name.parse(' 王\u0301五 ')).toBe('王\u0301五'.normalize('NFC'));
    const r = name.safeParse('evil\u202eexe.txt');
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error!.issues)).not.toContain('evil');
    expect(textBlock(10).parse('a\r\nb')).toBe('a\nb');
    expect(searchText().parse('')).toBe('');
    expect(searchText().safeParse('x'.repeat(101)).success).toBe(false);
  });
});
