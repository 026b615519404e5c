import type { Kysely, Migration } from 'kysely';
import type { SubgraphConfig } from '../config/subgraph-config';
import type { ContextVerification } from '../identity/context-token';
import type { RequestContextBase } from '../identity/identity';
import type { MemberOrganizationLookup } from '../identity/member-organization';
import type { Logger } from '../logging/logger';
import type { GraphqlHttpServer } from '../server/http-server';
import { databaseReady, startSubgraph, type RunningSubgraph } from '../server/start-subgraph';
import { createSubgraphServer, loadTypeDefs } from '../server/subgraph-server';
import type { ArgumentRules } from '../validation/argument-hygiene';
import type { SeedStep } from './seed-step';

/** What every subgraph's `createServer` takes; a subgraph's `ServerOptions` extends it with its own. */
export interface BaseServerOptions<DB> {
  /** An already-migrated database. */
  db: Kysely<DB>;
  subgraphSecret: string;
  logger: Logger;
  /** Default true; `start` turns it off in production. */
  introspection?: boolean;
  /** How x-union-context tokens are checked (kit defaults: 120 s, no extra secret). */
  contextVerification?: ContextVerification;
}

/** The options of a subgraph's own beyond the kit's: what `start` must be given from the config. */
export type OwnServerOptions<Options> = Omit<Options, keyof BaseServerOptions<unknown>>;

/** One subgraph, declared once (docs/architecture.md §1.1). */
export interface SubgraphDefinition<Options extends BaseServerOptions<any>, C extends RequestContextBase> {
  name: string;
  /** Its SDL (src/schema.graphql; read from src/ both when running from src and from dist). */
  schemaFile: string;
  /** The whole resolver map (resolvers.ts, checked against the generated `SubgraphResolvers`). */
  resolvers: object;
  /** Reachable without a token ('Query.region', or a whole type); everything else needs an identity (§3.1). */
  publicFields?: readonly string[];
  /** Extra or stricter checks of string arguments by coordinate (kit validation/argument-hygiene). */
  argumentRules?: ArgumentRules;
  migrations: Record<string, Migration>;
  /** Its part of `npm run seed`: the deterministic demo data set (src/seed/). */
  seed: SeedStep;
  /**
   * Called once per server with its options (build per-server parts here, e.g. a cipher); returns
   * the per-request context builder (context.ts).
   */
  createContext: (options: Options) => (base: RequestContextBase) => C;
  /** Where a MEMBER's organization comes from, where it grants visibility (kit identity/member-organization). */
  memberOrganization?: (options: Options) => MemberOrganizationLookup | undefined;
}

export interface Subgraph<Options> {
  readonly name: string;
  readonly schemaFile: string;
  readonly migrations: Record<string, Migration>;
  readonly seed: SeedStep;
  /** The subgraph over an already-migrated database; no env, no listen. */
  createServer(options: Options): Promise<GraphqlHttpServer>;
  /**
   * Opens and migrates the database of `config`, then serves; `stop` drains and closes. `own` are the
   * subgraph's own server options, built from the config by its start.ts.
   */
  start(
    config: SubgraphConfig,
    ...own: Partial<OwnServerOptions<Options>> extends OwnServerOptions<Options>
      ? [own?: OwnServerOptions<Options>]
      : [own: OwnServerOptions<Options>]
  ): Promise<RunningSubgraph>;
}

/**
 * Declares a subgraph: its server.ts exports `createServer` and start.ts `start` from this, so the
 * wiring every subgraph shares (SDL, guard, argument checks, readiness, migrations, listen) is
 * written once, here, over the kit's server (createSubgraphServer, startSubgraph).
 */
export function defineSubgraph<Options extends BaseServerOptions<any>, C extends RequestContextBase>(
  definition: SubgraphDefinition<Options, C>,
): Subgraph<Options> {
  const createServer = (options: Options): Promise<GraphqlHttpServer> =>
    createSubgraphServer({
      name: definition.name,
      typeDefs: loadTypeDefs(definition.schemaFile),
      resolvers: definition.resolvers as Record<string, Record<string, any>>,
      publicFields: definition.publicFields,
      argumentRules: definition.argumentRules,
      subgraphSecret: options.subgraphSecret,
      logger: options.logger,
      introspection: options.introspection ?? true,
      createContext: definition.createContext(options),
      ready: databaseReady(options.db),
      contextVerification: options.contextVerification,
      memberOrganization: definition.memberOrganization?.(options),
    });
  return {
    name: definition.name,
    schemaFile: definition.schemaFile,
    migrations: definition.migrations,
    seed: definition.seed,
    createServer,
    start: (config, ...own) =>
      startSubgraph<Options['db'] extends Kysely<infer DB> ? DB : never>({
        config,
        migrations: definition.migrations,
        createServer: ({ db, logger }) =>
          createServer({
            ...own[0],
            db,
            logger,
            subgraphSecret: config.subgraphSecret,
            introspection: !config.production,
            contextVerification: config.contextVerification,
          } as unknown as Options),
      }),
  };
}
