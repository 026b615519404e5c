import path from 'node:path';
import {
  createSubgraphServer,
  databaseReady,
  loadTypeDefs,
  type ContextVerification,
  type GraphqlHttpServer,
  type Logger,
} from '@union/kit';
import type { Kysely } from 'kysely';
import { createContext } from './context';
import type { Database } from './db/database';
import type { Facts } from './facts/facts';
import { PUBLIC_FIELDS, resolvers } from './resolvers';

/** The SDL file beside the sources (read from src/ both when running from src and from dist). */
export const SCHEMA_FILE = path.join(__dirname, '../src/schema.graphql');

export interface ServerOptions {
  db: Kysely<Database>;
  subgraphSecret: string;
  logger: Logger;
  introspection?: boolean;
  /** How x-union-context tokens are checked (kit defaults: 120 s, no extra secret). */
  contextVerification?: ContextVerification;
  /** Facts owned by the members and organizations subgraphs (see `entityFacts`). */
  facts: Facts;
}

/** The services subgraph over an already-migrated database; no env, no listen. */
export function createServer(options: ServerOptions): Promise<GraphqlHttpServer> {
  return createSubgraphServer({
    name: 'services',
    typeDefs: loadTypeDefs(SCHEMA_FILE),
    resolvers,
    publicFields: PUBLIC_FIELDS,
    subgraphSecret: options.subgraphSecret,
    logger: options.logger,
    introspection: options.introspection ?? true,
    createContext: (base) => createContext(options.db, options.facts, base),
    ready: databaseReady(options.db),
    contextVerification: options.contextVerification,
  });
}
