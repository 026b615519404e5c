import { PiiCipher } from '@union/kit';
import type { AppealCipher } from './appeal-pii';
import { DEFAULT_APPEAL_DEADLINES, type AppealDeadlines } from './appeal-deadlines';

/** What the appeal workflow needs beyond the database: the callers' PII cipher and the deadlines. */
export interface AppealRuntime {
  cipher: AppealCipher;
  deadlines: AppealDeadlines;
}

/*
 * Development keys of appeal callers' personal data, distinct from members' (each department's
 * database has its own pair); refused in production by loadConfig (kit loadPiiKeyPair).
 */
export const DEV_APPEAL_PII_KEYS = {
  key: '6465762d61707065616c2d7069692d6b65792d6e6f742d666f722d70726f6431',
  indexKey: '6465762d61707065616c2d696e6465782d6b65792d6e6f742d666f722d707232',
} as const;

/** Tests and tools without a config: the development keys and the default deadlines. */
export function devAppealRuntime(): AppealRuntime {
  return {
    cipher: new PiiCipher(
      Buffer.from(DEV_APPEAL_PII_KEYS.key, 'hex'),
      Buffer.from(DEV_APPEAL_PII_KEYS.indexKey, 'hex'),
    ),
    deadlines: DEFAULT_APPEAL_DEADLINES,
  };
}
