import { Writable } from 'node:stream';
import { parse } from 'graphql';
import pino from 'pino';
import {
  CONTEXT_HEADER,
  createSubgraphServer,
  signContextToken,
  type GraphqlHttpServer,
  type Identity,
  type RequestContextBase,
  type ResolverMap,
} from '../../src';

export const SECRET = 'tiny-subgraph-test-secret-0123456789abcdef';

export const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])

  type Thing @key(fields: "id") {
    id: ID!
    name: String
    regionCode: String
  }

  type Query {
    thing(id: ID!): Thing
    whoami: String
    slow(ms: Int!): String
    boom: String
    refuse: String
    publicHello: String
  }
`);

/** A pino logger writing JSON lines into memory, so tests can read what was logged. */
export function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: 'error' }, stream), lines };
}

export interface TinySubgraph {
  server: GraphqlHttpServer;
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  /** http://127.0.0.1:<port> */
  base: string;
}

/** Starts a kit subgraph on 127.0.0.1 (random port unless one is given) with the given resolvers. */
export async function startTinySubgraph(options: {
  resolvers: ResolverMap;
  port?: number;
  publicFields?: string[];
  ready?: () => Promise<boolean>;
  logger?: pino.Logger;
  introspection?: boolean;
  createContext?: (base: RequestContextBase) => RequestContextBase;
}): Promise<TinySubgraph> {
  const server = await createSubgraphServer({
    name: 'tiny',
    typeDefs,
    resolvers: options.resolvers,
    publicFields: options.publicFields ?? ['Query.publicHello'],
    subgraphSecret: SECRET,
    logger: options.logger ?? memoryLogger().logger,
    introspection: options.introspection ?? true,
    createContext: options.createContext ?? ((base) => base),
    ready: options.ready ?? (async () => true),
  });
  const url = await server.listen(options.port ?? 0);
  return { server, url, base: url.replace(/\/graphql$/, '') };
}

export function tokenFor(
  identity: Identity | null,
  requestId = 'req-test',
  secret = SECRET,
): Promise<string> {
  return signContextToken({ identity, requestId }, secret);
}

/** POSTs a GraphQL operation; `token` undefined sends no x-union-context header. */
export async function post(
  url: string,
  query: string,
  token?: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; body: any; text: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) headers[CONTEXT_HEADER] = token;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}
