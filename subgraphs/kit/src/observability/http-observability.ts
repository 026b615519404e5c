import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { context, trace, type Context, type Span } from '@opentelemetry/api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from '../logging/logger';
import { graphqlMetricsPlugin } from './graphql-metrics-plugin';
import { serviceMetrics } from './metrics';
import { runInRequestContext, type RequestContext } from './request-context';
import { contextFromHeaders, SpanKind, SpanStatusCode, tracer } from './tracing';

export interface HttpObservabilityOptions {
  service: string;
  logger: Logger;
  /** The request id of a request (the gateway's x-request-id, a subgraph's signed context). */
  requestIdOf: (request: FastifyRequest) => string | undefined;
  ready: () => Promise<boolean>;
}

interface Observed {
  context: RequestContext;
  span?: Span;
  traceContext?: Context;
}

/* Probes and scrapes are counted but not logged or traced: they arrive every few seconds. */
const QUIET = /^\/(healthz|readyz|metrics)(\/|\?|$)/;

/**
 * Metrics, the access line and the server span of every request to one of the kit's HTTP servers
 * (docs/operations.md). The GraphQL handler runs inside the request's context (request id, trace), so
 * everything it causes in this process — resolvers, SQL, `_entities` look-ups, log lines — knows it.
 */
export function observeHttp(app: FastifyInstance, options: HttpObservabilityOptions) {
  const metrics = serviceMetrics(options.service);
  metrics.setReadinessCheck(options.ready);
  const observed = new WeakMap<FastifyRequest, Observed>();

  app.addHook('onRequest', async (request) => {
    if (QUIET.test(request.url)) return;
    const parent = contextFromHeaders(request.headers);
    const span = tracer.startSpan(
      `${request.method} ${request.routeOptions.url ?? 'unmatched'}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          'union.service': options.service,
          'http.request.method': request.method,
          'url.path': request.routeOptions.url ?? 'unmatched',
        },
      },
      parent,
    );
    observed.set(request, { context: {}, span, traceContext: trace.setSpan(parent, span) });
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (metrics.enabled) {
      metrics.httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
      metrics.httpDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    }
    const seen = observed.get(request);
    if (!seen) return;
    const requestId = seen.context.requestId ?? options.requestIdOf(request);
    if (seen.span) {
      seen.span.setAttribute('http.response.status_code', reply.statusCode);
      if (requestId) seen.span.setAttribute('union.request_id', requestId);
      if (reply.statusCode >= 500) seen.span.setStatus({ code: SpanStatusCode.ERROR });
      seen.span.end();
    }
    // The access line: never the body, variables or headers (docs/architecture.md §8).
    options.logger.info(
      {
        requestId,
        ...traceIdOf(seen.span),
        operation: seen.context.operation,
        method: request.method,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  return {
    apolloPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
      return graphqlMetricsPlugin<C>(metrics);
    },
    /** Runs a route handler inside the request's context (request id and active span). */
    wrapHandler<H extends (request: any, reply: any) => unknown>(handler: H): H {
      return ((request: FastifyRequest, reply: FastifyReply) => {
        const seen = observed.get(request);
        if (!seen) return handler(request, reply);
        seen.context.requestId = options.requestIdOf(request);
        return runInRequestContext(seen.context, () =>
          seen.traceContext
            ? context.with(seen.traceContext, () => handler(request, reply))
            : handler(request, reply),
        );
      }) as H;
    },
  };
}

/* The access line is written after the handler's context has ended, so it names the trace itself. */
function traceIdOf(span: Span | undefined): { traceId?: string } {
  const id = span?.spanContext().traceId;
  return id && id !== '00000000000000000000000000000000' ? { traceId: id } : {};
}
