import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import type { ServiceMetrics } from './metrics';
import { boundedOperationName } from './operation-names';
import { currentRequestContext } from './request-context';
import { tracer, tracingActive } from './tracing';

/** A span for one phase of the request, ended by the hook Apollo calls when the phase is over. */
function phaseSpan(name: string, service: string): (() => Promise<void>) | undefined {
  if (!tracingActive()) return undefined;
  const span = tracer.startSpan(name, { attributes: { 'union.service': service } });
  return async () => span.end();
}

/**
 * Counts every GraphQL operation by bounded name, type and outcome with its latency, names it in
 * the request context (for the access line) and on the request's span. `invalid`: the document did
 * not parse or validate, so it never ran; `error`: it ran and the response carries errors.
 */
export function graphqlMetricsPlugin<C extends BaseContext>(metrics: ServiceMetrics): ApolloServerPlugin<C> {
  return {
    async requestDidStart(started) {
      const begin = process.hrtime.bigint();
      let resolved = false;
      const request = currentRequestContext();
      const label = () => boundedOperationName(started.request.operationName);
      if (request) request.operation = label();
      return {
        // Parse and validate as spans of their own (the gateway's plan and fetches come from @apollo/gateway).
        async parsingDidStart() {
          return phaseSpan('graphql.parse', metrics.service);
        },
        async validationDidStart() {
          return phaseSpan('graphql.validate', metrics.service);
        },
        async didResolveOperation(ctx) {
          resolved = true;
          const operation = boundedOperationName(ctx.operationName);
          if (request) request.operation = operation;
          const span = trace.getActiveSpan();
          if (span?.isRecording()) {
            span.setAttribute('graphql.operation.name', operation);
            span.setAttribute('graphql.operation.type', ctx.operation?.operation ?? 'unknown');
          }
        },
        async willSendResponse(ctx) {
          if (!metrics.enabled) return;
          const body = ctx.response.body;
          const errors =
            (ctx.errors?.length ?? 0) > 0 ||
            (body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0);
          const labels = {
            operation: request?.operation ?? label(),
            type: ctx.operation?.operation ?? 'unknown',
            outcome: !resolved ? 'invalid' : errors ? 'error' : 'success',
          };
          metrics.operations.inc(labels);
          metrics.operationDuration.observe(labels, Number(process.hrtime.bigint() - begin) / 1e9);
        },
      };
    },
  };
}
