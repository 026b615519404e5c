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
import { APPEAL_ARGUMENT_RULES } from './appeal/appeal-arguments';
import { devAppealRuntime, type AppealRuntime } from './appeal/appeal-runtime';
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
  /** Where facts owned by organizations and members come from (`entitiesFacts` in production). */
  facts: Facts;
  introspection?: boolean;
  /** How x-union-context tokens are checked (kit defaults: 120 s, no extra secret). */
  contextVerification?: ContextVerification;
  /** The clock "today" is read from (tests move it to prove expiry by date). */
  clock?: () => Date;
  /** Appeal callers' PII keys and deadlines (the development keys and default deadlines when omitted). */
  appeals?: AppealRuntime;
}

/** The labor-relations subgraph over an already-migrated database; no env, no listen. */
export function createServer(options: ServerOptions): Promise<GraphqlHttpServer> {
  const appeals = options.appeals ?? devAppealRuntime();
  return createSubgraphServer({
    name: 'labor-relations',
    typeDefs: loadTypeDefs(SCHEMA_FILE),
    resolvers,
    publicFields: PUBLIC_FIELDS,
    subgraphSecret: options.subgraphSecret,
    logger: options.logger,
    introspection: options.introspection ?? true,
    argumentRules: APPEAL_ARGUMENT_RULES,
    createContext: (base) => createContext(options.db, options.facts, base, options.clock, appeals),
    ready: databaseReady(options.db),
    contextVerification: options.contextVerification,
    // Contracts and congresses are disclosed to a member's own workforce: the register names it.
    memberOrganization: async (memberId) => (await options.facts.members([memberId]))[0]?.orgId ?? null,
  });
}
