import { memberOrganizationFromRegister, type RunningSubgraph, type SubgraphConfig } from '@union/kit';
import { loadConfig } from './config';
import { subgraph } from './server';

/** Opens and migrates the database, then serves; `stop` drains and closes. */
export function start(config: SubgraphConfig = loadConfig()): Promise<RunningSubgraph> {
  return subgraph.start(config, {
    // A member reads its own union's directory entry; which union that is, the register says.
    memberOrganization: memberOrganizationFromRegister({
      membersUrl: config.subgraphUrls.members,
      subgraphSecret: config.subgraphSecret,
    }),
  });
}
