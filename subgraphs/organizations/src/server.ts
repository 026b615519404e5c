import path from 'node:path';
import { defineSubgraph, type BaseServerOptions, type MemberOrganizationLookup } from '@union/kit';
import { createContext } from './context';
import type { Database } from './db/database';
import { migrations } from './db/migrations';
import { PUBLIC_FIELDS, resolvers } from './resolvers';
import { seedStep } from './seed/seed-step';

/** The SDL file beside the sources (read from src/ both when running from src and from dist). */
export const SCHEMA_FILE = path.join(__dirname, '../src/schema.graphql');

export interface ServerOptions extends BaseServerOptions<Database> {
  /** A MEMBER's current organization (from the members register); without it a MEMBER has none. */
  memberOrganization?: MemberOrganizationLookup;
}

/** The organizations subgraph (docs/architecture.md §1.1); start.ts serves it. */
export const subgraph = defineSubgraph({
  name: 'organizations',
  schemaFile: SCHEMA_FILE,
  resolvers,
  publicFields: PUBLIC_FIELDS,
  migrations,
  seed: seedStep,
  createContext: (options: ServerOptions) => (base) => createContext(options.db, base),
  memberOrganization: (options) => options.memberOrganization,
});

/** The organizations subgraph over an already-migrated database; no env, no listen. */
export const createServer = subgraph.createServer;
