import { startSubgraph, type RunningSubgraph, type SubgraphConfig } from '@union/kit';
import { loadConfig, piiKeysOf, type MembersConfig } from './config';
import type { Database } from './db/database';
import { migrations } from './db/migrations';
import { createServer } from './server';

/** Opens and migrates the database, then serves; `stop` drains and closes. */
export function start(
  config: SubgraphConfig & Partial<MembersConfig> = loadConfig(),
): Promise<RunningSubgraph> {
  const keys = piiKeysOf(config);
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
        ...keys,
        organizationsUrl: config.subgraphUrls.organizations,
      }),
  });
}
