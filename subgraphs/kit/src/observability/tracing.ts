import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';

export { SpanKind, SpanStatusCode };

/** The kit's tracer; the gateway's own spans come from @apollo/gateway's tracer. */
export const tracer = trace.getTracer('@union/kit');

export interface TracingSettings {
  /** OTEL_SDK_DISABLED=true: no tracer provider at all (every span is a no-op; the benchmark's baseline). */
  enabled: boolean;
  /** OTEL_EXPORTER_OTLP_ENDPOINT: spans are exported there (OTLP/HTTP); unset: nothing leaves the process. */
  otlpEndpoint?: string;
}

export interface Tracing {
  /** Flushes what is buffered and stops exporting. */
  shutdown(): Promise<void>;
}

let started: { tracing: Tracing } | undefined;

/**
 * Registers the process's tracer provider, W3C trace-context propagation and the async context
 * manager, once per process (`npm start` runs five services in one process: the first wins, and each
 * span names its service in `union.service`). Without an endpoint there is no provider: a client's
 * `traceparent` is carried on through every hop, but no span is made and nothing is exported.
 */
export function startTracing(
  serviceName: string,
  settings: TracingSettings,
  exporter?: SpanExporter,
): Tracing {
  if (started) return started.tracing;
  if (!settings.enabled) return { shutdown: async () => undefined };
  const chosen =
    exporter ??
    (settings.otlpEndpoint
      ? new OTLPTraceExporter({ url: `${settings.otlpEndpoint.replace(/\/+$/, '')}/v1/traces` })
      : undefined);
  if (!chosen) {
    // Without an exporter nothing would read a span, and no backend would know its trace id: no
    // tracer provider, only context and W3C propagation. A client's `traceparent` is still honoured
    // and carried on to every subgraph and `_entities` hop (its trace id reaches the access lines),
    // at the cost of the API's no-op spans (the ≤ 5 % budget of issue 10). Request ids correlate logs.
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    const tracing: Tracing = { shutdown: async () => undefined };
    started = { tracing };
    return tracing;
  }
  const provider = new BasicTracerProvider({
    resource: new Resource({ 'service.name': serviceName }),
    spanProcessors: [processorFor(chosen, exporter !== undefined)],
  });
  provider.register({
    contextManager: new AsyncLocalStorageContextManager(),
    propagator: new W3CTraceContextPropagator(),
  });
  const tracing: Tracing = {
    async shutdown() {
      await provider.shutdown();
    },
  };
  started = { tracing };
  return tracing;
}

/* A given exporter (tests) is fed span by span, so a test sees every span as soon as it ends. */
function processorFor(exporter: SpanExporter, synchronous: boolean): SpanProcessor {
  if (!synchronous) return new BatchSpanProcessor(exporter);
  return {
    onStart: () => undefined,
    onEnd: (span) => exporter.export([span], () => undefined),
    forceFlush: async () => undefined,
    shutdown: async () => exporter.shutdown(),
  };
}

type HeaderValue = string | string[] | undefined;

/** The context of an incoming request: the caller's `traceparent` (W3C) if it sent one. */
export function contextFromHeaders(headers: Record<string, HeaderValue>): Context {
  return propagation.extract(ROOT_CONTEXT, headers, {
    keys: (carrier) => Object.keys(carrier),
    get: (carrier, key) => {
      const value = carrier[key];
      return Array.isArray(value) ? value[0] : value;
    },
  });
}

/** Adds `traceparent` (and `tracestate`) for the active span to an outgoing request's headers. */
export function injectTraceHeaders(set: (name: string, value: string) => void, ctx = context.active()): void {
  propagation.inject(ctx, undefined, { set: (_carrier, key, value) => set(key, value) });
}

/** True when the active span records (a tracer provider is registered and the trace is sampled). */
export function tracingActive(ctx = context.active()): boolean {
  return trace.getSpan(ctx)?.isRecording() ?? false;
}

/** Runs `fn` in a new active client span, ending it (with an error status if `fn` throws). */
export async function inClientSpan<T>(
  name: string,
  attributes: Record<string, string | number>,
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  return tracer.startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.name });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The current trace id, for log lines; undefined outside a traced request. */
export function currentTraceId(): string | undefined {
  const span = trace.getSpan(context.active());
  const id = span?.spanContext().traceId;
  return id && id !== '00000000000000000000000000000000' ? id : undefined;
}
