import { startSubgraph, type RunningSubgraph, type SubgraphConfig } from '@union/kit';
import { loadAppealRuntime, loadConfig, type LaborRelationsConfig } from './config';
import type { Database } from './db/database';
import { migrations } from './db/migrations';
import { entitiesFacts } from './facts/entities-facts';
import { createServer } from './server';

/** Opens and migrates the database, then serves; `stop` drains and closes. */
export function start(
  config: SubgraphConfig & Partial<LaborRelationsConfig> = loadConfig(),
): Promise<RunningSubgraph> {
  // A generic SubgraphConfig (scripts) carries no appeal keys: read them the same way loadConfig does.
  const appeals = config.appeals ?? loadAppealRuntime();
  const facts = entitiesFacts({
    organizationsUrl: config.subgraphUrls.organizations,
    membersUrl: config.subgraphUrls.members,
    servicesUrl: config.subgraphUrls.services,
    subgraphSecret: config.subgraphSecret,
  });
  return startSubgraph<Database>({
    config,
    migrations,
    createServer: ({ db, logger }) =>
      createServer({
        db,
        logger,
        facts,
        subgraphSecret: config.subgraphSecret,
        introspection: !config.production,
        contextVerification: config.contextVerification,
        appeals,
      }),
  });
}
