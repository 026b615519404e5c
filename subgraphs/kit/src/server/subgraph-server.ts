import fs from 'node:fs';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse, type DocumentNode } from 'graphql';
import { isClientErrorCode } from '../errors/errors';
import {
  CONTEXT_HEADER,
  createContextVerifier,
  type ContextClaims,
  type ContextVerification,
} from '../identity/context-token';
import { withRegisteredOrganization, type MemberOrganizationLookup } from '../identity/member-organization';
import type { RequestContextBase } from '../identity/identity';
import type { Logger } from '../logging/logger';
import { errorMaskingPlugin } from './error-masking';
import { guardResolvers, type ResolverMap } from './guard';
import { cleanArguments, type ArgumentRules } from '../validation/argument-hygiene';
import { createGraphqlHttpServer, type GraphqlHttpServer } from './http-server';

export interface SubgraphServerOptions<C extends RequestContextBase> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: ResolverMap;
  /** Fields anonymous callers may reach ('Query.region', or a whole type such as 'Region'). */
  publicFields?: readonly string[];
  subgraphSecret: string;
  logger: Logger;
  introspection: boolean;
  createContext: (base: RequestContextBase) => C;
  ready: () => Promise<boolean>;
  /** Extra or stricter checks of string arguments by coordinate (kit validation/argument-hygiene). */
  argumentRules?: ArgumentRules;
  /**
   * Where a MEMBER's organization comes from, in subgraphs where it grants visibility (the kit
   * drops any `org` a MEMBER identity carries and asks this instead). Absent: a MEMBER has none.
   */
  memberOrganization?: MemberOrganizationLookup;
  /** How x-union-context tokens are checked (lifetime, secrets accepted during a rotation). */
  contextVerification?: ContextVerification;
}

/* Subgraph answers are per caller and never cached on the way (what the cache-control plugin said). */
const noStore: ApolloServerPlugin<any> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control'))
          response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

export function loadTypeDefs(file: string): DocumentNode {
  return parse(fs.readFileSync(file, 'utf8'));
}

/**
 * A federated subgraph behind the signed-context check (docs/architecture.md §3.3): any request to /graphql —
 * `_entities` and `_service` included — without a valid x-union-context gets HTTP 401.
 */
export async function createSubgraphServer<C extends RequestContextBase>(
  options: SubgraphServerOptions<C>,
): Promise<GraphqlHttpServer> {
  // Argument types are read from the SDL alone, so every string argument is checked before its
  // resolver runs (docs/security.md); the access guard wraps that, so an anonymous caller is refused first.
  const argumentTypes = buildSubgraphSchema({ typeDefs: options.typeDefs });
  const schema = buildSubgraphSchema({
    typeDefs: options.typeDefs,
    resolvers: guardResolvers(
      cleanArguments(argumentTypes, options.resolvers, options.argumentRules),
      options.publicFields,
    ) as any,
  });
  const verifyContext = createContextVerifier(options.subgraphSecret, options.contextVerification);
  return createGraphqlHttpServer<C, ContextClaims>({
    logger: options.logger,
    service: options.name,
    // The gateway's id for the client request, carried in the signed context (§3.3).
    requestIdOf: (_request, claims) => claims?.requestId,
    buildApollo: (drain) =>
      new ApolloServer<C>({
        schema,
        introspection: options.introspection,
        includeStacktraceInErrorResponses: false,
        // Signals belong to installGracefulShutdown; Apollo's own handler would race it and re-kill the process.
        stopOnTerminationSignals: false,
        plugins: [
          drain,
          ApolloServerPluginInlineTraceDisabled(),
          // No schema carries cache hints, so Apollo's cache-control plugin only ever answered
          // `no-store`, at the price of a hook around every resolved field; the header stays.
          ApolloServerPluginCacheControlDisabled(),
          noStore,
          errorMaskingPlugin<C>({ logger: options.logger, requestIdOf: (c) => c.requestId }),
        ],
      }),
    authenticate: async (request) => {
      const header = request.headers[CONTEXT_HEADER];
      const claims = await verifyContext(Array.isArray(header) ? header[0] : header);
      return claims
        ? { ok: true, value: claims }
        : { ok: false, message: 'Missing or invalid gateway context' };
    },
    context: async (claims) => {
      const identity = await withRegisteredOrganization(claims.identity, options.memberOrganization, (err) =>
        options.logger.warn(
          { requestId: claims.requestId, err: { name: (err as Error)?.name } },
          "member's organization could not be read from the register",
        ),
      );
      try {
        return options.createContext({ identity, requestId: claims.requestId });
      } catch (err) {
        // Apollo would answer with the raw message ("Context creation failed: …"), bypassing the masking plugin.
        if (err instanceof GraphQLError && isClientErrorCode(err.extensions.code)) throw err;
        options.logger.error({ requestId: claims.requestId, err }, 'context creation failed');
        throw new GraphQLError('Internal server error', {
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: claims.requestId },
        });
      }
    },
    ready: options.ready,
  });
}
