import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  createGraphqlHttpServer,
  errorMaskingPlugin,
  newId,
  type GraphqlHttpServer,
  type Identity,
  type Logger,
} from '@union/kit';
import cors from '@fastify/cors';
import type { FastifyRequest } from 'fastify';
import { createBearerVerifier } from './auth/bearer';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import { queryLimitRules } from './limits/query-limits';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id';
import { AuthenticatedDataSource } from './subgraphs/authenticated-data-source';
import { unreadySubgraphs } from './subgraphs/subgraph-readiness';
import { subgraphEndpointsOf, subgraphUrlFor, type SubgraphEndpoint } from './supergraph/subgraph-endpoints';
import { supergraphFromFile } from './supergraph/supergraph-file';

/* A readiness probe must answer before the orchestrator's own probe timeout (typically 1–5 s). */
const READY_TIMEOUT_MS = 1500;

export interface CreateGatewayOptions {
  config: GatewayConfig;
  logger: Logger;
}

export interface GatewayServer {
  server: GraphqlHttpServer;
  gateway: ApolloGateway;
  /** The GraphQL URL once listening. */
  readonly url: string | undefined;
  /** Listens on the configured port and host unless others are given (0 = random port). */
  listen(port?: number, host?: string): Promise<string>;
  /** Drains in-flight requests, then stops the gateway and the supergraph watcher. */
  stop(): Promise<void>;
}

/** The public entry point of the graph: bearer check, signed context to subgraphs, masked errors. */
export async function createGateway({ config, logger }: CreateGatewayOptions): Promise<GatewayServer> {
  const bearer = await createBearerVerifier(config.auth, logger);
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile({
      path: config.supergraphPath,
      logger,
      pollIntervalMs: config.supergraphPollMs,
    }),
    buildService: ({ name, url }) =>
      new AuthenticatedDataSource({
        name,
        url: subgraphUrlFor(name, url, config.subgraphUrls),
        subgraphSecret: config.subgraphSecret,
        timeoutMs: config.subgraphTimeoutMs,
      }),
    logger: logger.child({ component: 'apollo-gateway' }),
  });

  // Readiness follows the supergraph being served, so a hot reload that adds a subgraph is covered.
  let endpoints: SubgraphEndpoint[] = [];
  const unsubscribe = gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    endpoints = subgraphEndpointsOf(coreSupergraphSdl, config.subgraphUrls);
  });

  const requestIds = new WeakMap<FastifyRequest, string>();
  let apollo: ApolloServer<GatewayContext> | undefined;
  const server = await createGraphqlHttpServer<GatewayContext, Identity | null>({
    logger,
    configure: async (app) => {
      // Browser front-ends on other origins; none are allowed unless configured (see CORS_ORIGINS).
      if (config.corsOrigins.length > 0) {
        await app.register(cors, {
          origin: config.corsOrigins.includes('*') ? true : config.corsOrigins,
          methods: ['GET', 'POST', 'OPTIONS'],
          allowedHeaders: ['authorization', 'content-type', 'apollo-require-preflight', REQUEST_ID_HEADER],
          exposedHeaders: [REQUEST_ID_HEADER],
          maxAge: 600,
        });
      }
      // The id is fixed before authentication so that 401s carry it too.
      app.addHook('onRequest', async (request, reply) => {
        const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
        requestIds.set(request, requestId);
        reply.header(REQUEST_ID_HEADER, requestId);
      });
    },
    buildApollo: (drainPlugin) =>
      (apollo = new ApolloServer<GatewayContext>({
        gateway,
        introspection: config.introspection,
        includeStacktraceInErrorResponses: false,
        validationRules: queryLimitRules(config.queryLimits),
        // The process entry point installs the kit's graceful shutdown; two signal handlers would race.
        stopOnTerminationSignals: false,
        logger,
        plugins: [
          drainPlugin,
          errorMaskingPlugin<GatewayContext>({ logger, requestIdOf: (c) => c.requestId }),
        ],
      })),
    authenticate: (request) => bearer.verify(request.headers.authorization),
    context: async (identity, request) => ({ identity, requestId: requestIds.get(request) ?? newId() }),
    ready: async () => {
      const down = await unreadySubgraphs(endpoints, READY_TIMEOUT_MS);
      if (down.length > 0) logger.debug({ subgraphs: down }, 'subgraphs not ready');
      return endpoints.length > 0 && down.length === 0;
    },
  });

  server.app.addHook('onResponse', async (request, reply) => {
    if (request.url.startsWith('/healthz') || request.url.startsWith('/readyz')) return;
    logger.info(
      {
        requestId: requestIds.get(request),
        method: request.method,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  let url: string | undefined;
  return {
    server,
    gateway,
    get url() {
      return url;
    },
    async listen(port = config.port, host = config.host) {
      url = await server.listen(port, host);
      return url;
    },
    async stop() {
      unsubscribe();
      try {
        // Apollo drains Fastify through the drain plugin, then stops the gateway (and its file watcher).
        if (apollo) await apollo.stop();
        else await server.close();
      } finally {
        await gateway.stop();
      }
    },
  };
}
