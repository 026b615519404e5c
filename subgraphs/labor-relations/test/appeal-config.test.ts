import { loadConfig } from '../src/lib';
import { parseAppealDeadlines } from '../src/appeal/appeal-deadlines';
import { DEV_APPEAL_PII_KEYS } from '../src/appeal/appeal-runtime';

const PROD = {
  NODE_ENV: 'production',
  SUBGRAPH_SECRET: 'a-strong-subgraph-secret-0123456789abcdef',
  AUTH_SECRET: 'a-strong-auth-secret-0123456789abcdef-xyz',
};
const KEY = 'aa'.repeat(32);
const INDEX_KEY = 'bb'.repeat(32);

describe('appeal configuration', () => {
  it('uses the development PII keys and default deadlines outside production', () => {
    const config = loadConfig({});
    const cipher = config.appeals.cipher;
    expect(cipher.decrypt(cipher.encrypt('13800138000'))).toBe('13800138000');
    expect(config.appeals.deadlines).toEqual({
      CONSULTATION: 3,
      HELP_REQUEST: 10,
      RIGHTS_COMPLAINT: 15,
      SUGGESTION: 15,
    });
  });

  it('refuses missing or development appeal PII keys in production, and equal keys anywhere', () => {
    expect(() => loadConfig(PROD)).toThrow(/APPEAL_PII_KEY/);
    expect(() =>
      loadConfig({ ...PROD, APPEAL_PII_KEY: DEV_APPEAL_PII_KEYS.key, APPEAL_PII_INDEX_KEY: INDEX_KEY }),
    ).toThrow(/APPEAL_PII_KEY/);
    expect(() => loadConfig({ APPEAL_PII_KEY: KEY, APPEAL_PII_INDEX_KEY: KEY })).toThrow(/must differ/);
    expect(() => loadConfig({ APPEAL_PII_KEY: 'short' })).toThrow(/32 bytes/);
    const config = loadConfig({ ...PROD, APPEAL_PII_KEY: KEY, APPEAL_PII_INDEX_KEY: INDEX_KEY });
    expect(config.appeals.cipher.blindIndex('phone', '13800138000')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('reads deadlines per kind from APPEAL_DEADLINE_DAYS and refuses nonsense', () => {
    expect(parseAppealDeadlines('CONSULTATION=2, RIGHTS_COMPLAINT=10')).toMatchObject({
      CONSULTATION: 2,
      RIGHTS_COMPLAINT: 10,
      HELP_REQUEST: 10,
    });
    expect(() => parseAppealDeadlines('COMPLAINT=3')).toThrow(/unknown appeal kind/);
    expect(() => parseAppealDeadlines('CONSULTATION=0')).toThrow(/between 1 and 365/);
    expect(loadConfig({ APPEAL_DEADLINE_DAYS: 'SUGGESTION=30' }).appeals.deadlines.SUGGESTION).toBe(30);
  });
});
