import {
  type RunningSubgraph,
  type SeedContext,
  type SeedResult,
  type SeedStep,
  type Subgraph,
  type SubgraphConfig,
  type SubgraphName,
} from '@union/kit';
import * as laborRelations from '@union/labor-relations';
import * as members from '@union/members';
import * as organizations from '@union/organizations';
import * as services from '@union/services';
import type { Migration } from 'kysely';

export type { SeedContext, SeedResult };

/** What the scripts need to know about one subgraph; adding a subgraph is one entry below. */
export interface SubgraphEntry {
  name: SubgraphName;
  /** Its SDL (src/schema.graphql), composed into schema/ by `npm run compose`. */
  schemaFile: string;
  migrations: Record<string, Migration>;
  loadConfig(env: NodeJS.ProcessEnv): SubgraphConfig;
  /** Opens its database, serves, and returns a stop that drains and closes. */
  start(config: SubgraphConfig): Promise<RunningSubgraph>;
  /** Writes the demo data set unless it is already present (its defineSubgraph's seed). */
  seed: SeedStep;
}

/** A subgraph package as its lib.ts exports it: the defineSubgraph declaration, its config and start. */
interface SubgraphPackage {
  SUBGRAPH_NAME: SubgraphName;
  subgraph: Subgraph<any>;
  loadConfig(env: NodeJS.ProcessEnv): SubgraphConfig;
  start(config: SubgraphConfig): Promise<RunningSubgraph>;
}

function entry(pkg: SubgraphPackage): SubgraphEntry {
  return {
    name: pkg.SUBGRAPH_NAME,
    schemaFile: pkg.subgraph.schemaFile,
    migrations: pkg.subgraph.migrations,
    loadConfig: (env) => pkg.loadConfig(env),
    start: (config) => pkg.start(config),
    seed: pkg.subgraph.seed,
  };
}

/** In dependency order: a subgraph's seed may use the results of those above it. */
export const SUBGRAPHS: readonly SubgraphEntry[] = [
  entry(organizations),
  entry(members),
  entry(services),
  entry(laborRelations),
];
