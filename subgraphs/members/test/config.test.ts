import {
  createTestDatabase,
  migrateDown,
  migrateToLatest,
  migrationRoundTrip,
  testDialects,
} from '@union/kit';
import { DEV_PII_KEYS, loadConfig, migrations } from '../src/lib';
import { PiiCipher } from '../src/pii/pii-cipher';

const STRONG = {
  NODE_ENV: 'production',
  SUBGRAPH_SECRET: 'a-production-subgraph-secret-0123456789',
  PII_KEY: 'a'.repeat(64),
  PII_INDEX_KEY: 'b'.repeat(64),
};

describe('members config', () => {
  it('reads the PII keys and refuses development or missing keys in production', () => {
    const dev = loadConfig({});
    expect(dev.piiKey.toString('hex')).toBe(DEV_PII_KEYS.PII_KEY);
    expect(loadConfig(STRONG).piiIndexKey.toString('hex')).toBe('b'.repeat(64));
    expect(() => loadConfig({ ...STRONG, PII_KEY: undefined })).toThrow(/PII_KEY/);
    expect(() => loadConfig({ ...STRONG, PII_INDEX_KEY: DEV_PII_KEYS.PII_INDEX_KEY })).toThrow(
      /PII_INDEX_KEY/,
    );
    expect(() => loadConfig({ PII_KEY: 'short' })).toThrow(/32 bytes/);
    expect(() => loadConfig({ PII_KEY: 'c'.repeat(64), PII_INDEX_KEY: 'c'.repeat(64) })).toThrow(/differ/);
  });

  it('encrypts with a fresh nonce each time and indexes deterministically per kind', () => {
    const pii = new PiiCipher(Buffer.alloc(32, 1), Buffer.alloc(32, 2));
    const a = pii.encrypt('440106199001011232');
    expect(a).not.toBe(pii.encrypt('440106199001011232'));
    expect(a).not.toContain('440106');
    expect(pii.decrypt(a)).toBe('440106199001011232');
    expect(pii.blindIndex('id', '13800001111')).not.toBe(pii.blindIndex('phone', '13800001111'));
    expect(pii.blindIndex('id', 'x')).toBe(
      new PiiCipher(Buffer.alloc(32, 3), Buffer.alloc(32, 2)).blindIndex('id', 'x'),
    );
    const tampered = Buffer.from(a, 'base64');
    tampered[tampered.length - 1] ^= 1;
    expect(() => pii.decrypt(tampered.toString('base64'))).toThrow();
  });
});

describe.each(testDialects())('members migrations on %s', (dialect) => {
  it('go up, down and up again', async () => {
    const t = await createTestDatabase(dialect, 'mmig');
    try {
      await migrateToLatest(t.db, migrations);
      await migrateDown(t.db, migrations);
      await migrateToLatest(t.db, migrations);
    } finally {
      await t.destroy();
    }
  });

  it('round-trip: up all, down all (every down, oldest last), up all', async () => {
    const t = await createTestDatabase(dialect, 'mmigrt');
    try {
      expect(await migrationRoundTrip(t.db, migrations)).toEqual({ leftAfterDown: [] });
    } finally {
      await t.destroy();
    }
  });
});
