import { loadPiiKeyPair, PiiCipher } from '../src';

const DEV = { key: '11'.repeat(32), indexKey: '22'.repeat(32) };
const NAMES = { key: 'X_PII_KEY', indexKey: 'X_PII_INDEX_KEY' };

describe('kit PiiCipher and loadPiiKeyPair', () => {
  const cipher = new PiiCipher<'id' | 'phone'>(Buffer.from(DEV.key, 'hex'), Buffer.from(DEV.indexKey, 'hex'));

  it('round-trips with a fresh nonce per value and no plaintext in the stored form', () => {
    const a = cipher.encrypt('13800138000');
    const b = cipher.encrypt('13800138000');
    expect(a).not.toBe(b);
    expect(a).not.toContain('13800138000');
    expect(cipher.decrypt(a)).toBe('13800138000');
    expect(cipher.decrypt(cipher.encrypt('李小梅'))).toBe('李小梅');
  });

  it('refuses a tampered value (GCM authentication)', () => {
    const raw = Buffer.from(cipher.encrypt('13800138000'), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => cipher.decrypt(raw.toString('base64'))).toThrow();
  });

  it('keeps blind indexes deterministic, keyed and apart per kind', () => {
    const other = new PiiCipher<'id' | 'phone'>(
      Buffer.from(DEV.key, 'hex'),
      Buffer.from('33'.repeat(32), 'hex'),
    );
    expect(cipher.blindIndex('phone', '13800138000')).toBe(cipher.blindIndex('phone', '13800138000'));
    expect(cipher.blindIndex('phone', '13800138000')).not.toBe(cipher.blindIndex('id', '13800138000'));
    expect(other.blindIndex('phone', '13800138000')).not.toBe(cipher.blindIndex('phone', '13800138000'));
    expect(cipher.blindIndex('phone', '13800138000')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('loads a key pair by name: development keys outside production only; the keys must differ', () => {
    expect(loadPiiKeyPair({}, NAMES, DEV).key.toString('hex')).toBe(DEV.key);
    const prod = { NODE_ENV: 'production' };
    expect(() => loadPiiKeyPair(prod, NAMES, DEV)).toThrow(/X_PII_KEY/);
    expect(() =>
      loadPiiKeyPair({ ...prod, X_PII_KEY: DEV.key, X_PII_INDEX_KEY: '44'.repeat(32) }, NAMES, DEV),
    ).toThrow(/development key/);
    expect(() =>
      loadPiiKeyPair({ X_PII_KEY: '55'.repeat(32), X_PII_INDEX_KEY: '55'.repeat(32) }, NAMES, DEV),
    ).toThrow(/must differ/);
    const pair = loadPiiKeyPair(
      { ...prod, X_PII_KEY: '55'.repeat(32), X_PII_INDEX_KEY: Buffer.alloc(32, 7).toString('base64') },
      NAMES,
      DEV,
    );
    expect(pair.indexKey.equals(Buffer.alloc(32, 7))).toBe(true);
  });
});
