import type { RunningSubgraph, SubgraphConfig } from '@union/kit';
import { loadAppealRuntime, loadConfig, type LaborRelationsConfig } from './config';
import { entitiesFacts } from './facts/entities-facts';
import { subgraph } from './server';

/** Opens and migrates the database, then serves; `stop` drains and closes. */
export function start(
  config: SubgraphConfig & Partial<LaborRelationsConfig> = loadConfig(),
): Promise<RunningSubgraph> {
  return subgraph.start(config, {
    facts: entitiesFacts({
      organizationsUrl: config.subgraphUrls.organizations,
      membersUrl: config.subgraphUrls.members,
      servicesUrl: config.subgraphUrls.services,
      subgraphSecret: config.subgraphSecret,
    }),
    // A generic SubgraphConfig (scripts) carries no appeal keys: read them the same way loadConfig does.
    appeals: config.appeals ?? loadAppealRuntime(),
  });
}
