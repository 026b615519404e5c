import path from 'node:path';
import { defineSubgraph, type BaseServerOptions } from '@union/kit';
import { APPEAL_ARGUMENT_RULES } from './appeal/appeal-arguments';
import { devAppealRuntime, type AppealRuntime } from './appeal/appeal-runtime';
import { createContext } from './context';
import type { Database } from './db/database';
import { migrations } from './db/migrations';
import type { Facts } from './facts/facts';
import { PUBLIC_FIELDS, resolvers } from './resolvers';
import { seedStep } from './seed/seed-step';

/** The SDL file beside the sources (read from src/ both when running from src and from dist). */
export const SCHEMA_FILE = path.join(__dirname, '../src/schema.graphql');

export interface ServerOptions extends BaseServerOptions<Database> {
  /** Where facts owned by organizations and members come from (`entitiesFacts` in production). */
  facts: Facts;
  /** The clock "today" is read from (tests move it to prove expiry by date). */
  clock?: () => Date;
  /** Appeal callers' PII keys and deadlines (the development keys and default deadlines when omitted). */
  appeals?: AppealRuntime;
}

/** The labor-relations subgraph (docs/architecture.md §1.1); start.ts serves it. */
export const subgraph = defineSubgraph({
  name: 'labor-relations',
  schemaFile: SCHEMA_FILE,
  resolvers,
  publicFields: PUBLIC_FIELDS,
  argumentRules: APPEAL_ARGUMENT_RULES,
  migrations,
  seed: seedStep,
  createContext: (options: ServerOptions) => {
    const appeals = options.appeals ?? devAppealRuntime();
    return (base) => createContext(options.db, options.facts, base, options.clock, appeals);
  },
  // Contracts and congresses are disclosed to a member's own workforce: the register names it.
  memberOrganization: (options) => async (memberId) =>
    (await options.facts.members([memberId]))[0]?.orgId ?? null,
});

/** The labor-relations subgraph over an already-migrated database; no env, no listen. */
export const createServer = subgraph.createServer;
