import {
  memberOrganizationFromRegister,
  startSubgraph,
  type RunningSubgraph,
  type SubgraphConfig,
} from '@union/kit';
import { loadConfig } from './config';
import type { Database } from './db/database';
import { migrations } from './db/migrations';
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
        // A member reads its own union's directory entry; which union that is, the register says.
        memberOrganization: memberOrganizationFromRegister({
          membersUrl: config.subgraphUrls.members,
          subgraphSecret: config.subgraphSecret,
        }),
      }),
  });
}
