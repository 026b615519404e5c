import { currentRequestId } from './request-context';
import { currentTraceId } from './tracing';

/**
 * pino `mixin`: every line logged while a request runs names its request id (and trace id), so one
 * client request can be followed through every process it reached (docs/architecture.md §8).
 * Fields the call site passes itself win.
 */
export function requestLogFields(): Record<string, string> {
  const requestId = currentRequestId();
  if (!requestId) return {};
  const traceId = currentTraceId();
  return traceId ? { requestId, traceId } : { requestId };
}
