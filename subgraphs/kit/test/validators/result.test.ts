import { invalid, valid, type Validation } from '../../src/validators/result';

describe('Validation helpers', () => {
  it('valid() carries the value and narrows on ok', () => {
    const r: Validation<number> = valid(42);
    expect(r).toEqual({ ok: true, value: 42 });
    if (r.ok) expect(r.value + 1).toBe(43);
  });

  it('invalid() carries only the reason and is assignable to any Validation', () => {
    const r: Validation<{ x: string }> = invalid('nope');
    expect(r).toEqual({ ok: false, reason: 'nope' });
    expect('value' in r).toBe(false);
  });
});
