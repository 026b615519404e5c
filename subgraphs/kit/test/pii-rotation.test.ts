import { loadAcceptedPiiKeys, loadNextPiiIndexKey, PiiCipher } from '../src';

/* Rotation primitives of the PII cipher (docs/secrets-rotation.draft.md): accepted keys, open(), withIndexKey. */
describe('kit PiiCipher key rotation', () => {
  const OLD = Buffer.alloc(32, 1);
  const NEW = Buffer.alloc(32, 2);
  const INDEX = Buffer.alloc(32, 3);
  const old = new PiiCipher<'phone'>(OLD, INDEX);
  const rotating = new PiiCipher<'phone'>(NEW, INDEX, [OLD]);
  const fresh = new PiiCipher<'phone'>(NEW, INDEX);

  it('decrypts under the current key first, then the accepted ones, and says which', () => {
    const sealedOld = old.encrypt('13800138000');
    const sealedNew = rotating.encrypt('13800138000');
    expect(rotating.decrypt(sealedOld)).toBe('13800138000');
    expect(rotating.open(sealedOld)).toEqual({ plain: '13800138000', current: false });
    expect(rotating.open(sealedNew)).toEqual({ plain: '13800138000', current: true });
    expect(fresh.decrypt(sealedNew)).toBe('13800138000');
    // Without the accepted key an old value is refused, with an error that quotes nothing.
    expect(fresh.open(sealedOld)).toBeNull();
    expect(() => fresh.decrypt(sealedOld)).toThrow(/^PII value does not decrypt under any configured key$/);
    expect(fresh.open('')).toBeNull();
    const tampered = Buffer.from(sealedNew, 'base64');
    tampered[tampered.length - 1] ^= 1;
    expect(rotating.open(tampered.toString('base64'))).toBeNull();
  });

  it('keeps the blind index with the index key, and moves it with withIndexKey', () => {
    expect(rotating.blindIndex('phone', '13800138000')).toBe(old.blindIndex('phone', '13800138000'));
    const next = rotating.withIndexKey(Buffer.alloc(32, 4));
    expect(next.blindIndex('phone', '13800138000')).not.toBe(rotating.blindIndex('phone', '13800138000'));
    expect(next.decrypt(old.encrypt('x'))).toBe('x');
    expect(() => new PiiCipher(NEW, INDEX, [Buffer.alloc(16)])).toThrow(/32 bytes/);
  });

  it('loads accepted and next keys with the production rules of the current ones', () => {
    const pair = { key: NEW, indexKey: INDEX };
    const prod = { NODE_ENV: 'production' };
    expect(loadAcceptedPiiKeys({}, 'X_ACCEPTED', pair, '00'.repeat(32))).toEqual([]);
    expect(loadAcceptedPiiKeys({ X_ACCEPTED: ` ${OLD.toString('hex')} ,` }, 'X_ACCEPTED', pair, '')).toEqual([
      OLD,
    ]);
    expect(() => loadAcceptedPiiKeys({ ...prod, X_ACCEPTED: 'short' }, 'X_ACCEPTED', pair, '')).toThrow(
      /X_ACCEPTED/,
    );
    expect(() =>
      loadAcceptedPiiKeys({ ...prod, X_ACCEPTED: '00'.repeat(32) }, 'X_ACCEPTED', pair, '00'.repeat(32)),
    ).toThrow(/development key/);
    expect(() => loadAcceptedPiiKeys({ X_ACCEPTED: INDEX.toString('hex') }, 'X_ACCEPTED', pair, '')).toThrow(
      /blind-index key/,
    );
    const keys = { ...pair, accepted: [OLD] };
    expect(loadNextPiiIndexKey({}, 'X_NEXT', keys, '')).toBeUndefined();
    expect(loadNextPiiIndexKey({ X_NEXT: '44'.repeat(32) }, 'X_NEXT', keys, '')).toEqual(
      Buffer.alloc(32, 0x44),
    );
    expect(() => loadNextPiiIndexKey({ X_NEXT: OLD.toString('hex') }, 'X_NEXT', keys, '')).toThrow(
      /encryption keys/,
    );
    expect(() => loadNextPiiIndexKey({ X_NEXT: INDEX.toString('hex') }, 'X_NEXT', keys, '')).toThrow(
      /current index/,
    );
  });
});
