import path from 'node:path';
import { defineSubgraph, type BaseServerOptions } from '@union/kit';
import { createContext } from './context';
import type { Database } from './db/database';
import { migrations } from './db/migrations';
import {
  entitiesOrganizationDirectory,
  type OrganizationDirectory,
} from './organization/organization-directory';
import { PiiCipher } from './pii/pii-cipher';
import { PUBLIC_FIELDS, resolvers } from './resolvers';
import { seedStep } from './seed/seed-step';

/** The SDL file beside the sources (read from src/ both when running from src and from dist). */
export const SCHEMA_FILE = path.join(__dirname, '../src/schema.graphql');

export interface ServerOptions extends BaseServerOptions<Database> {
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

/** The members subgraph (docs/architecture.md §1.1); start.ts serves it. */
export const subgraph = defineSubgraph({
  name: 'members',
  schemaFile: SCHEMA_FILE,
  resolvers,
  publicFields: PUBLIC_FIELDS,
  migrations,
  seed: seedStep,
  createContext: (options: ServerOptions) => {
    const pii = new PiiCipher(options.piiKey, options.piiIndexKey, options.piiKeysAccepted);
    const organizations =
      options.organizations ??
      entitiesOrganizationDirectory({
        url: options.organizationsUrl ?? 'http://127.0.0.1:4001/graphql',
        subgraphSecret: options.subgraphSecret,
      });
    return (base) => createContext({ db: options.db, pii, organizations }, base);
  },
});

/** The members subgraph over an already-migrated database; no env, no listen. */
export const createServer = subgraph.createServer;
