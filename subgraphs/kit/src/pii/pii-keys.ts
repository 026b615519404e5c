import { assertProductionSecret } from '../config/secrets';

/** 32 bytes given as 64 hex characters or as base64. */
export function parsePiiKey(name: string, value: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes (64 hex characters or base64)`);
  return key;
}

/**
 * Reads a pair of PII keys (encryption, blind index) from the environment under the given names.
 * Development keys are used when unset, and refused — like unset keys — when NODE_ENV=production
 * (DESIGN §2). The two keys must differ.
 */
export function loadPiiKeyPair(
  env: NodeJS.ProcessEnv,
  names: { key: string; indexKey: string },
  devKeys: { key: string; indexKey: string },
): { key: Buffer; indexKey: Buffer } {
  const production = env.NODE_ENV === 'production';
  for (const which of ['key', 'indexKey'] as const) {
    const name = names[which];
    const value = env[name] || undefined;
    assertProductionSecret(name, value, env.NODE_ENV);
    if (production && value === devKeys[which]) {
      throw new Error(`${name} must not be the development key when NODE_ENV=production`);
    }
  }
  const key = parsePiiKey(names.key, env[names.key] || devKeys.key);
  const indexKey = parsePiiKey(names.indexKey, env[names.indexKey] || devKeys.indexKey);
  if (key.equals(indexKey)) throw new Error(`${names.key} and ${names.indexKey} must differ`);
  return { key, indexKey };
}
