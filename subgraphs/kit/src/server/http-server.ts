import type { ApolloServer, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Logger } from '../logging/logger';
import { graphqlShapedErrorHandler } from './http-errors';
import { observeHttp } from '../observability/http-observability';

export type AuthOutcome<A> = { ok: true; value: A } | { ok: false; message: string };

export interface GraphqlHttpOptions<C extends BaseContext, A> {
  logger: Logger;
  /** Builds the Apollo server; the drain plugin must be among its plugins for graceful shutdown. */
  buildApollo: (drainPlugin: ApolloServerPlugin<C>) => ApolloServer<C>;
  /** Runs before GraphQL; a failure is answered with HTTP 401 and an UNAUTHENTICATED error. */
  authenticate: (request: FastifyRequest) => Promise<AuthOutcome<A>>;
  context: (auth: A, request: FastifyRequest) => Promise<C>;
  /**
   * /readyz: true when this process can serve (its own dependencies answer). It is asked only while
   * the server is not draining; once beginDrain() or close() is called /readyz answers 503 regardless.
   */
  ready: () => Promise<boolean>;
  /** Larger bodies are answered 413 PAYLOAD_TOO_LARGE before they are read to the end. */
  bodyLimitBytes?: number;
  /** Fastify `trustProxy`: whose X-Forwarded-For sets `request.ip` (default: nobody's). */
  trustProxy?: boolean | number | string[];
  /** Registers plugins and hooks (CORS, request ids) before any route exists, so they apply to all. */
  configure?: (app: FastifyInstance) => Promise<void> | void;
  /** Names the service in metrics, spans and access lines (default 'graphql'). */
  service?: string;
  /** The request id of a request, for its access line and request context (docs/operations.md). */
  requestIdOf?: (request: FastifyRequest, auth: A | undefined) => string | undefined;
}

export interface GraphqlHttpServer {
  app: FastifyInstance;
  /** Listens (port 0 = random) and resolves to the GraphQL URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting connections and drains in-flight requests. */
  close(): Promise<void>;
  /** /readyz answers 503 from now on while requests are still served (the shutdown drain delay). */
  beginDrain(): void;
  readonly draining: boolean;
}

/** Apollo Server on Fastify with /graphql, /healthz and /readyz, shared by subgraphs and the gateway. */
export async function createGraphqlHttpServer<C extends BaseContext, A>(
  options: GraphqlHttpOptions<C, A>,
): Promise<GraphqlHttpServer> {
  const app = Fastify({
    logger: false,
    bodyLimit: options.bodyLimitBytes ?? 2 * 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
  });
  // Before configure, so that errors thrown by its plugins (rate limits) get the same shape.
  app.setErrorHandler(graphqlShapedErrorHandler(options.logger));
  // Before configure, so that requests its plugins refuse (429, 413) are counted and logged too.
  const observed = observeHttp(app, {
    service: options.service ?? 'graphql',
    logger: options.logger,
    requestIdOf: (request) => options.requestIdOf?.(request, auth.get(request)),
    ready: () => (draining ? Promise.resolve(false) : options.ready()),
  });
  await options.configure?.(app);
  const apollo = options.buildApollo(fastifyApolloDrainPlugin(app));
  apollo.addPlugin(observed.apolloPlugin<C>());
  await apollo.start();
  const auth = new WeakMap<FastifyRequest, A>();

  // close() stops accepting and closes idle keep-alive sockets once; a socket whose request is still in
  // flight would otherwise stay open after answering until keepAliveTimeout (72 s), stalling the drain.
  let closing = false;
  let draining = false;
  app.addHook('preClose', async () => {
    closing = true;
    draining = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    if (draining) return reply.code(503).send({ status: 'draining' });
    // Promise.resolve().then: a check that throws synchronously is "not ready", not a 500 with its message.
    const ok = await Promise.resolve()
      .then(() => options.ready())
      .catch(() => false);
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ready' : 'unavailable' });
  });
  app.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    preHandler: async (request, reply) => {
      const outcome = await options.authenticate(request);
      if (!outcome.ok) {
        return reply
          .code(401)
          .send({ errors: [{ message: outcome.message, extensions: { code: 'UNAUTHENTICATED' } }] });
      }
      auth.set(request, outcome.value);
    },
    // The integration types its route with a string reply; fastify's generic route signature differs only nominally.
    handler: observed.wrapHandler(
      fastifyApolloHandler(apollo, {
        context: async (request) => options.context(auth.get(request) as A, request),
      }),
    ) as any,
  });

  return {
    app,
    async listen(port, host = '127.0.0.1') {
      await app.listen({ port, host });
      const address = app.server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actual}/graphql`;
    },
    async close() {
      draining = true;
      // Apollo's stop drains Fastify (its drain plugin) and then runs every plugin's stop hooks.
      await apollo.stop();
    },
    beginDrain() {
      draining = true;
    },
    get draining() {
      return draining;
    },
  };
}
