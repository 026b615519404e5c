import { startSubgraph, type RunningSubgraph, type SubgraphConfig } from '@union/kit';
import { loadConfig } from './config';
import type { Database } from './db/database';
import { migrations } from './db/migrations';
import { entityFacts } from './facts/facts';
import { createServer } from './server';

/** Opens and migrates the database, then serves; `stop` drains and closes. */
export function start(config: SubgraphConfig = loadConfig()): Promise<RunningSubgraph> {
  return startSubgraph<Database>({
    config,
    migrations,
    createServer: ({ db, logger }) =>
      createServer({
        db,
        logger,
        subgraphSecret: config.subgraphSecret,
        introspection: !config.production,
        contextVerification: config.contextVerification,
        facts: entityFacts({
          membersUrl: config.subgraphUrls.members,
          organizationsUrl: config.subgraphUrls.organizations,
          subgraphSecret: config.subgraphSecret,
        }),
      }),
  });
}
