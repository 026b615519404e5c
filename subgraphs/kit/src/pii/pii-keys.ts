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
 * (docs/architecture.md §2). The two keys must differ.
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

/**
 * Older encryption keys still accepted for decryption while a PII key is rotated (comma-separated,
 * each 32 bytes as hex or base64): a new key can be deployed while values sealed under the old one
 * stay readable until `npm run pii:rekey` has moved them. In production a development key or a weak
 * value is refused as for the current key; no accepted key may be the blind-index key.
 */
export function loadAcceptedPiiKeys(
  env: NodeJS.ProcessEnv,
  name: string,
  pair: { key: Buffer; indexKey: Buffer },
  devKey: string,
): Buffer[] {
  const accepted: Buffer[] = [];
  for (const value of listOf(env[name])) {
    assertProductionSecret(name, value, env.NODE_ENV);
    if (env.NODE_ENV === 'production' && value === devKey) {
      throw new Error(`${name} must not list the development key when NODE_ENV=production`);
    }
    const key = parsePiiKey(name, value);
    if (key.equals(pair.indexKey)) throw new Error(`${name} must not list the blind-index key`);
    if (!key.equals(pair.key) && !accepted.some((k) => k.equals(key))) accepted.push(key);
  }
  return accepted;
}

/**
 * The next blind-index key of an index rotation (`npm run pii:rekey -- --reindex`), or undefined when
 * unset. It must differ from the current index key and from every encryption key.
 */
export function loadNextPiiIndexKey(
  env: NodeJS.ProcessEnv,
  name: string,
  keys: { key: Buffer; indexKey: Buffer; accepted: readonly Buffer[] },
  devIndexKey: string,
): Buffer | undefined {
  const value = env[name] || undefined;
  if (value === undefined) return undefined;
  assertProductionSecret(name, value, env.NODE_ENV);
  if (env.NODE_ENV === 'production' && value === devIndexKey) {
    throw new Error(`${name} must not be the development key when NODE_ENV=production`);
  }
  const next = parsePiiKey(name, value);
  if (next.equals(keys.indexKey)) throw new Error(`${name} must differ from the current index key`);
  if ([keys.key, ...keys.accepted].some((k) => k.equals(next))) {
    throw new Error(`${name} must differ from the encryption keys`);
  }
  return next;
}

function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
