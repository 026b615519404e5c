import { loadSubgraphConfig, type SubgraphConfig } from '@union/kit';

export const SUBGRAPH_NAME = 'services' as const;

/** The only reader of process.env for this subgraph. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  return loadSubgraphConfig(SUBGRAPH_NAME, env);
}
