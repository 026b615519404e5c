import type { RunningSubgraph, SubgraphConfig } from '@union/kit';
import { loadConfig, piiKeysOf, type MembersConfig } from './config';
import { subgraph } from './server';

/** Opens and migrates the database, then serves; `stop` drains and closes. */
export function start(
  config: SubgraphConfig & Partial<MembersConfig> = loadConfig(),
): Promise<RunningSubgraph> {
  return subgraph.start(config, {
    ...piiKeysOf(config),
    organizationsUrl: config.subgraphUrls.organizations,
  });
}
