import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  createGraphqlHttpServer,
  defaultObservabilityConfig,
  errorMaskingPlugin,
  installMetricsEndpoint,
  newId,
  serviceMetrics,
  type GraphqlHttpServer,
  type Identity,
  type Logger,
} from '@union/kit';
import cors from '@fastify/cors';
import type { FastifyRequest } from 'fastify';
import { createBearerVerifier } from './auth/bearer';
import { signedEvery30Seconds, verifiedOnce, type GatewayPart } from './bench/gateway-parts';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import { withFailurePaths } from './errors/fetch-failure-paths';
import { installGraphiql } from './ide/graphiql-route';
import { persistedQueryCheck } from './limits/persisted-query-check';
import { parseOptionsFor, queryLimitRules } from './limits/query-limits';
import { createCallerResolver } from './rate-limit/caller-budget-key';
import { formBudgetPlugin } from './rate-limit/form-budget-plugin';
import { installRateLimits, RATE_LIMIT_HEADERS, type RateLimits } from './rate-limit/install-rate-limits';
import { GATEWAY_SERVICE } from './observability/measured-fetcher';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id';
import { AuthenticatedDataSource } from './subgraphs/authenticated-data-source';
import { subgraphHealthCheck, type SubgraphHealth } from './subgraphs/subgraph-readiness';
import { subgraphEndpointsOf, subgraphUrlFor, type SubgraphEndpoint } from './supergraph/subgraph-endpoints';
import { supergraphFromFile } from './supergraph/supergraph-file';
import { installTrustedDocuments } from './trusted-documents/trusted-documents-hook';
import { defaultTrustedDocumentsConfig } from './trusted-documents/trusted-documents-config';

/* A readiness probe must answer before the orchestrator's own probe timeout (typically 1–5 s). */
const READY_TIMEOUT_MS = 1500;

export interface CreateGatewayOptions {
  config: GatewayConfig;
  logger: Logger;
  /**
   * Bench only (`npm run bench:gateway-cost`): parts switched off to measure what they cost. Never
   * read from configuration; refused under NODE_ENV=production.
   */
  benchOnlyOff?: readonly GatewayPart[];
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
  /** /readyz answers 503 from now on while requests are still served (shutdown drain delay). */
  beginDrain(): void;
  /** Every subgraph's /readyz as the gateway sees it (GET /readyz/subgraphs; metrics). */
  subgraphHealth(): Promise<SubgraphHealth[]>;
}

/** The public entry point of the graph: bearer check, signed context to subgraphs, masked errors. */
export async function createGateway({
  config,
  logger,
  benchOnlyOff = [],
}: CreateGatewayOptions): Promise<GatewayServer> {
  if (benchOnlyOff.length > 0 && config.production)
    throw new Error('Gateway parts can be switched off only in a bench, never in production');
  const off = new Set<GatewayPart>(benchOnlyOff);
  const observability = config.observability ?? defaultObservabilityConfig(config.production);
  // Before anything counts: METRICS=off decides for the whole gateway (docs/operations.md).
  serviceMetrics(GATEWAY_SERVICE, { enabled: observability.metricsEnabled });
  const verifier = await createBearerVerifier(config.auth, logger);
  const bearer = off.has('jwt') ? verifiedOnce(verifier) : verifier;
  const signContext = off.has('signing') ? signedEvery30Seconds() : undefined;
  // Every data source's keep-alive connections, closed once the gateway has stopped.
  const connections: { close(): void }[] = [];
  const callers = createCallerResolver(bearer);
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile({
      path: config.supergraphPath,
      logger,
      pollIntervalMs: config.supergraphPollMs,
    }),
    buildService: ({ name, url }) =>
      // A failed fetch names the fields it leaves empty (docs/security.md: partial responses carry paths).
      withFailurePaths(
        new AuthenticatedDataSource({
          name,
          url: subgraphUrlFor(name, url, config.subgraphUrls),
          subgraphSecret: config.subgraphSecret,
          timeoutMs: config.subgraphTimeoutMs,
          signContext,
          onConnections: (c) => connections.push(c),
        }),
      ),
    logger: logger.child({ component: 'apollo-gateway' }),
  });

  // Readiness follows the supergraph being served, so a hot reload that adds a subgraph is covered.
  let endpoints: SubgraphEndpoint[] = [];
  const unsubscribe = gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    endpoints = subgraphEndpointsOf(coreSupergraphSdl, config.subgraphUrls);
  });
  const subgraphHealth = subgraphHealthCheck(() => endpoints, { timeoutMs: READY_TIMEOUT_MS });

  const requestIds = new WeakMap<FastifyRequest, string>();
  let apollo: ApolloServer<GatewayContext> | undefined;
  let rateLimits: RateLimits | undefined;
  const server = await createGraphqlHttpServer<GatewayContext, Identity | null>({
    logger,
    service: GATEWAY_SERVICE,
    // The kit writes the access line (request id, operation, status, ms) of every request.
    requestIdOf: (request) => requestIds.get(request),
    // Sized to real operations (a few KB); 413 PAYLOAD_TOO_LARGE before a larger body is buffered.
    bodyLimitBytes: config.maxRequestBytes,
    trustProxy: config.trustProxy,
    configure: async (app) => {
      // Browser front-ends on other origins; none are allowed unless configured (see CORS_ORIGINS).
      if (config.corsOrigins.length > 0) {
        await app.register(cors, {
          origin: config.corsOrigins.includes('*') ? true : config.corsOrigins,
          methods: ['GET', 'POST', 'OPTIONS'],
          allowedHeaders: ['authorization', 'content-type', 'apollo-require-preflight', REQUEST_ID_HEADER],
          // A browser client reads when to retry a 429 only if these are exposed.
          exposedHeaders: [REQUEST_ID_HEADER, ...RATE_LIMIT_HEADERS],
          maxAge: 600,
        });
      }
      // The id is fixed before authentication so that 401s carry it too.
      app.addHook('onRequest', async (request, reply) => {
        const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
        requestIds.set(request, requestId);
        reply.header(REQUEST_ID_HEADER, requestId);
      });
      // After the request id (429s carry it), before the body is read (a spent caller costs nothing).
      rateLimits = await installRateLimits(app, { config: config.rateLimits, callers, logger });
      // documentId → the registered document, and TRUSTED_DOCUMENTS=require, before the APQ check (docs/frontend.md).
      installTrustedDocuments(app, {
        config: config.trustedDocuments ?? defaultTrustedDocumentsConfig(),
        callers,
        logger,
      });
      if (!off.has('limits')) app.addHook('preHandler', persistedQueryCheck);
      // GraphiQL from the gateway's own files (Apollo's landing page loads from a CDN; see below).
      if (config.graphiql) installGraphiql(app, { logger, production: config.production });
    },
    buildApollo: (drainPlugin) =>
      (apollo = new ApolloServer<GatewayContext>({
        gateway,
        introspection: config.introspection,
        includeStacktraceInErrorResponses: false,
        // The token limit bounds the document before validation, whose overlap check is quadratic.
        parseOptions: off.has('limits') ? {} : parseOptionsFor(config.queryLimits),
        validationRules: off.has('limits') ? [] : queryLimitRules(config.queryLimits),
        // No "Did you mean …?" naming fields in production, where introspection is off as well.
        hideSchemaDetailsFromClientErrors: config.production,
        // The process entry point installs the kit's graceful shutdown; two signal handlers would race.
        stopOnTerminationSignals: false,
        logger,
        plugins: [
          drainPlugin,
          // Sandbox loads from Apollo's CDN, unreachable on intranets; the IDE is GraphiQL (ide/).
          ApolloServerPluginLandingPageDisabled(),
          ...(off.has('masking')
            ? []
            : [errorMaskingPlugin<GatewayContext>({ logger, requestIdOf: (c) => c.requestId })]),
          // configure (which installs the rate limits) has run before Apollo is built.
          ...(off.has('limits')
            ? []
            : [formBudgetPlugin(config.rateLimits.formFields, (context) => rateLimits!.formBudget(context))]),
        ],
      })),
    authenticate: (request) => callers.outcome(request),
    context: async (identity, request) => ({
      identity,
      requestId: requestIds.get(request) ?? newId(),
      request,
    }),
    // This process can serve once a supergraph is loaded. A subgraph that is down does not take the
    // gateway out of rotation: it still answers everything else (partial data); see /readyz/subgraphs.
    ready: async () => endpoints.length > 0,
  });

  // Operators' view of the departments behind the gateway: always 200, the body says who is down.
  server.app.get('/readyz/subgraphs', async (_request, reply) => {
    const subgraphs = await subgraphHealth.check();
    return reply.code(200).send({
      status: subgraphs.length > 0 && subgraphs.every((s) => s.ready) ? 'ready' : 'degraded',
      subgraphs,
    });
  });

  // GET /metrics: on this port in development, on METRICS_PORT only in production.
  installMetricsEndpoint(server.app, GATEWAY_SERVICE, { ...observability.metrics, host: config.host });

  let url: string | undefined;
  return {
    server,
    gateway,
    get url() {
      return url;
    },
    beginDrain: () => server.beginDrain(),
    subgraphHealth: () => subgraphHealth.check(),
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
        for (const c of connections) c.close();
        await rateLimits?.close();
      }
    },
  };
}
