import { type RunningSubgraph, type SubgraphConfig, type SubgraphName } from '@union/kit';
import * as laborRelations from '@union/labor-relations';
import * as members from '@union/members';
import * as organizations from '@union/organizations';
import * as services from '@union/services';
import type { Kysely, Migration } from 'kysely';

export interface SeedContext {
  /** Multiplies the volume of the demo data set (1 = the default demo). */
  scale: number;
  /** Results of the subgraphs seeded before this one (members attaches people to seeded unions). */
  upstream: ReadonlyMap<SubgraphName, SeedResult>;
}

export interface SeedResult {
  /** False when the data was already there and nothing was written (seeds are idempotent). */
  created: boolean;
  counts: Record<string, number>;
  /** Whatever later seeds need from this one, e.g. the organizations' grassroots unions. */
  data?: unknown;
  /** Lines for the person running the seed (printed under the summary), e.g. demo follow-up codes. */
  notes?: string[];
}

/** What the scripts need to know about one subgraph; adding a subgraph is one entry below. */
export interface SubgraphEntry {
  name: SubgraphName;
  /** Its SDL (src/schema.graphql), composed into schema/ by `npm run compose`. */
  schemaFile: string;
  migrations: Record<string, Migration>;
  loadConfig(env: NodeJS.ProcessEnv): SubgraphConfig;
  /** Opens its database, serves, and returns a stop that drains and closes. */
  start(config: SubgraphConfig): Promise<RunningSubgraph>;
  /** Writes the demo data set unless it is already present. */
  seed(db: Kysely<any>, context: SeedContext): Promise<SeedResult>;
}

/** In dependency order: a subgraph's seed may use the results of those above it. */
export const SUBGRAPHS: readonly SubgraphEntry[] = [
  {
    name: organizations.SUBGRAPH_NAME,
    schemaFile: organizations.SCHEMA_FILE,
    migrations: organizations.migrations,
    loadConfig: (env) => organizations.loadConfig(env),
    start: (config) => organizations.start(config),
    async seed(db, { scale }) {
      const summary = await organizations.seedOrganizations(db, { scale });
      return { created: summary.created, counts: { ...summary.counts }, data: summary.grassroots };
    },
  },
  {
    name: members.SUBGRAPH_NAME,
    schemaFile: members.SCHEMA_FILE,
    migrations: members.migrations,
    loadConfig: (env) => members.loadConfig(env),
    start: (config) => members.start(config),
    seed: (db, { scale, upstream }) =>
      members.seedMembers(db, { scale, grassroots: upstreamData(upstream, 'organizations') }),
  },
  {
    name: services.SUBGRAPH_NAME,
    schemaFile: services.SCHEMA_FILE,
    migrations: services.migrations,
    loadConfig: (env) => services.loadConfig(env),
    start: (config) => services.start(config),
    seed: (db, { scale, upstream }) =>
      services.seedServices(db, {
        scale,
        grassroots: upstreamData(upstream, 'organizations'),
        members: upstreamData(upstream, 'members'),
      }),
  },
  {
    name: laborRelations.SUBGRAPH_NAME,
    schemaFile: laborRelations.SCHEMA_FILE,
    migrations: laborRelations.migrations,
    loadConfig: (env) => laborRelations.loadConfig(env),
    start: (config) => laborRelations.start(config),
    async seed(db, { scale, upstream }) {
      const summary = await laborRelations.seedLaborRelations(db, {
        scale,
        grassroots: upstreamData(upstream, 'organizations'),
        members: upstreamData(upstream, 'members'),
        legalAidRequests: upstreamData(upstream, 'services'),
      });
      return {
        created: summary.created,
        counts: { ...summary.counts },
        notes: summary.demoFollowUps.map(
          (f) => `demo web appeal: appealStatus(number: "${f.number}", code: "${f.code}")`,
        ),
      };
    },
  },
];

/** The `data` an upstream seed handed on (each seed returns it whether or not it wrote anything). */
function upstreamData(upstream: ReadonlyMap<SubgraphName, SeedResult>, name: SubgraphName): any {
  const result = upstream.get(name);
  if (!result) throw new Error(`seed order: ${name} must be seeded first`);
  return result.data;
}
