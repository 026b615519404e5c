import type { RunningSubgraph, SubgraphConfig } from '@union/kit';
import { loadConfig } from './config';
import { entitiesFacts } from './facts/entities-facts';
import { subgraph } from './server';

/** Opens and migrates the database, then serves; `stop` drains and closes. */
export function start(config: SubgraphConfig = loadConfig()): Promise<RunningSubgraph> {
  return subgraph.start(config, {
    facts: entitiesFacts({
      membersUrl: config.subgraphUrls.members,
      organizationsUrl: config.subgraphUrls.organizations,
      subgraphSecret: config.subgraphSecret,
    }),
  });
}
