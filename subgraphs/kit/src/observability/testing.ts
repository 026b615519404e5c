import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { startTracing } from './tracing';

export type { ReadableSpan };

let exporter: InMemorySpanExporter | undefined;

/**
 * Tests: registers the process's tracer provider with an in-memory exporter (once per process; a
 * Jest file is one process). Call it before anything else records spans.
 */
export function startTestTracing(): InMemorySpanExporter {
  if (!exporter) {
    exporter = new InMemorySpanExporter();
    startTracing('e2e', { enabled: true }, exporter);
  }
  return exporter;
}
