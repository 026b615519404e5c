import {
  assertProductionSecret,
  loadAcceptedPiiKeys,
  loadNextPiiIndexKey,
  loadSubgraphConfig,
  type SubgraphConfig,
} from '@union/kit';

export const SUBGRAPH_NAME = 'members' as const;

/*
 * Development keys for personal information (docs/architecture.md §4): convenient locally, refused in production
 * exactly like the kit's DEV_SECRETS. Both are 32 bytes, hex.
 */
export const DEV_PII_KEYS = {
  PII_KEY: '6465762d7069692d6b65792d6e6f742d666f722d70726f64756374696f6e2d31',
  PII_INDEX_KEY: '6465762d7069692d696e6465782d6b65792d6e6f742d666f722d70726f642d32',
} as const;

export interface MembersConfig extends SubgraphConfig {
  /** AES-256-GCM key for ID numbers and phones at rest. */
  piiKey: Buffer;
  /** HMAC-SHA256 key of the blind indexes (a different key from piiKey). */
  piiIndexKey: Buffer;
  /** PII_KEY_ACCEPTED: older encryption keys still read while PII_KEY is rotated. */
  piiKeysAccepted: Buffer[];
}

/** 32 bytes given as 64 hex characters or as base64. */
function parseKey(name: string, value: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes (64 hex characters or base64)`);
  return key;
}

type PiiKeys = { piiKey: Buffer; piiIndexKey: Buffer; piiKeysAccepted: Buffer[] };

/** Reads the PII keys; refuses the development keys (or none) when NODE_ENV=production. */
export function loadPiiKeys(env: NodeJS.ProcessEnv): PiiKeys {
  const production = env.NODE_ENV === 'production';
  for (const name of ['PII_KEY', 'PII_INDEX_KEY'] as const) {
    const value = env[name] || undefined;
    assertProductionSecret(name, value, env.NODE_ENV);
    if (production && value === DEV_PII_KEYS[name]) {
      throw new Error(`${name} must not be the development key when NODE_ENV=production`);
    }
  }
  const piiKey = parseKey('PII_KEY', env.PII_KEY || DEV_PII_KEYS.PII_KEY);
  const piiIndexKey = parseKey('PII_INDEX_KEY', env.PII_INDEX_KEY || DEV_PII_KEYS.PII_INDEX_KEY);
  if (piiKey.equals(piiIndexKey)) throw new Error('PII_KEY and PII_INDEX_KEY must differ');
  const pair = { key: piiKey, indexKey: piiIndexKey };
  const piiKeysAccepted = loadAcceptedPiiKeys(env, 'PII_KEY_ACCEPTED', pair, DEV_PII_KEYS.PII_KEY);
  return { piiKey, piiIndexKey, piiKeysAccepted };
}

/** PII_INDEX_KEY_NEXT: the blind-index key `npm run pii:rekey -- --reindex` moves the indexes to. */
export function loadPiiIndexKeyNext(env: NodeJS.ProcessEnv = process.env): Buffer | undefined {
  const keys = loadPiiKeys(env);
  return loadNextPiiIndexKey(
    env,
    'PII_INDEX_KEY_NEXT',
    { key: keys.piiKey, indexKey: keys.piiIndexKey, accepted: keys.piiKeysAccepted },
    DEV_PII_KEYS.PII_INDEX_KEY,
  );
}

/** The only reader of process.env for this subgraph. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): MembersConfig {
  return { ...loadSubgraphConfig(SUBGRAPH_NAME, env), ...loadPiiKeys(env) };
}

/** The PII keys of a config: its own, or read from the environment when a generic SubgraphConfig is given. */
export function piiKeysOf(config: SubgraphConfig & Partial<MembersConfig>): PiiKeys {
  if (config.piiKey && config.piiIndexKey) {
    const piiKeysAccepted = config.piiKeysAccepted ?? [];
    return { piiKey: config.piiKey, piiIndexKey: config.piiIndexKey, piiKeysAccepted };
  }
  return loadPiiKeys(process.env);
}
