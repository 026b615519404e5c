import {
  loadAcceptedPiiKeys,
  loadNextPiiIndexKey,
  loadPiiKeyPair,
  loadSubgraphConfig,
  PiiCipher,
  type SubgraphConfig,
} from '@union/kit';
import { parseAppealDeadlines } from './appeal/appeal-deadlines';
import { DEV_APPEAL_PII_KEYS, type AppealRuntime } from './appeal/appeal-runtime';

export const SUBGRAPH_NAME = 'labor-relations' as const;

export interface LaborRelationsConfig extends SubgraphConfig {
  /** Appeal callers' PII cipher (APPEAL_PII_KEY, APPEAL_PII_INDEX_KEY) and deadlines (APPEAL_DEADLINE_DAYS). */
  appeals: AppealRuntime;
}

/**
 * Appeal callers without a member identity are personal data like members' (docs/architecture.md §4): their own
 * key pair, 32 bytes each (64 hex characters or base64), development keys refused in production.
 */
export function loadAppealRuntime(env: NodeJS.ProcessEnv = process.env): AppealRuntime {
  const { key, indexKey } = loadPiiKeyPair(
    env,
    { key: 'APPEAL_PII_KEY', indexKey: 'APPEAL_PII_INDEX_KEY' },
    DEV_APPEAL_PII_KEYS,
  );
  const accepted = acceptedAppealKeys(env, { key, indexKey });
  return {
    cipher: new PiiCipher(key, indexKey, accepted),
    deadlines: parseAppealDeadlines(env.APPEAL_DEADLINE_DAYS),
  };
}

/* APPEAL_PII_KEY_ACCEPTED: older encryption keys still read while APPEAL_PII_KEY is rotated. */
function acceptedAppealKeys(env: NodeJS.ProcessEnv, pair: { key: Buffer; indexKey: Buffer }): Buffer[] {
  return loadAcceptedPiiKeys(env, 'APPEAL_PII_KEY_ACCEPTED', pair, DEV_APPEAL_PII_KEYS.key);
}

/** APPEAL_PII_INDEX_KEY_NEXT: the index key `npm run pii:rekey -- --reindex` moves appeal callers to. */
export function loadAppealIndexKeyNext(env: NodeJS.ProcessEnv = process.env): Buffer | undefined {
  const pair = loadPiiKeyPair(
    env,
    { key: 'APPEAL_PII_KEY', indexKey: 'APPEAL_PII_INDEX_KEY' },
    DEV_APPEAL_PII_KEYS,
  );
  const keys = { ...pair, accepted: acceptedAppealKeys(env, pair) };
  return loadNextPiiIndexKey(env, 'APPEAL_PII_INDEX_KEY_NEXT', keys, DEV_APPEAL_PII_KEYS.indexKey);
}

/** The only reader of process.env for this subgraph. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): LaborRelationsConfig {
  return { ...loadSubgraphConfig(SUBGRAPH_NAME, env), appeals: loadAppealRuntime(env) };
}
