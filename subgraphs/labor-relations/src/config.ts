import { loadPiiKeyPair, loadSubgraphConfig, PiiCipher, type SubgraphConfig } from '@union/kit';
import { parseAppealDeadlines } from './appeal/appeal-deadlines';
import { DEV_APPEAL_PII_KEYS, type AppealRuntime } from './appeal/appeal-runtime';

export const SUBGRAPH_NAME = 'labor-relations' as const;

export interface LaborRelationsConfig extends SubgraphConfig {
  /** Appeal callers' PII cipher (APPEAL_PII_KEY, APPEAL_PII_INDEX_KEY) and deadlines (APPEAL_DEADLINE_DAYS). */
  appeals: AppealRuntime;
}

/**
 * Appeal callers without a member identity are personal data like members' (DESIGN §4): their own
 * key pair, 32 bytes each (64 hex characters or base64), development keys refused in production.
 */
export function loadAppealRuntime(env: NodeJS.ProcessEnv = process.env): AppealRuntime {
  const { key, indexKey } = loadPiiKeyPair(
    env,
    { key: 'APPEAL_PII_KEY', indexKey: 'APPEAL_PII_INDEX_KEY' },
    DEV_APPEAL_PII_KEYS,
  );
  return { cipher: new PiiCipher(key, indexKey), deadlines: parseAppealDeadlines(env.APPEAL_DEADLINE_DAYS) };
}

/** The only reader of process.env for this subgraph. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): LaborRelationsConfig {
  return { ...loadSubgraphConfig(SUBGRAPH_NAME, env), appeals: loadAppealRuntime(env) };
}
