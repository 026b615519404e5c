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
import {
  entitiesOrganizationDirectory,
  type OrganizationDirectory,
} from './organization/organization-directory';
import { PiiCipher } from './pii/pii-cipher';
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
  /** AES-256-GCM key of personal numbers at rest (32 bytes). */
  piiKey: Buffer;
  /** HMAC key of the blind indexes (32 bytes, not the piiKey). */
  piiIndexKey: Buffer;
  /** Older encryption keys still read while PII_KEY is rotated (PII_KEY_ACCEPTED). */
  piiKeysAccepted?: readonly Buffer[];
  /** The organizations subgraph's GraphQL URL (facts about organizations through `_entities`). */
  organizationsUrl?: string;
  /** Replaces the `_entities` directory (tests inject faults with it). */
  organizations?: OrganizationDirectory;
}

/** The members subgraph over an already-migrated database; no env, no listen. */
export function createServer(options: ServerOptions): Promise<GraphqlHttpServer> {
  const pii = new PiiCipher(options.piiKey, options.piiIndexKey, options.piiKeysAccepted);
  const organizations =
    options.organizations ??
    entitiesOrganizationDirectory({
      url: options.organizationsUrl ?? 'http://127.0.0.1:4001/graphql',
      subgraphSecret: options.subgraphSecret,
    });
  return createSubgraphServer({
    name: 'members',
    typeDefs: loadTypeDefs(SCHEMA_FILE),
    resolvers,
    publicFields: PUBLIC_FIELDS,
    subgraphSecret: options.subgraphSecret,
    logger: options.logger,
    introspection: options.introspection ?? true,
    createContext: (base) => createContext({ db: options.db, pii, organizations }, base),
    ready: databaseReady(options.db),
    contextVerification: options.contextVerification,
  });
}
