import http from 'node:http';
import type { FastifyInstance } from 'fastify';
import { serviceMetrics } from './metrics';

export interface MetricsEndpointSettings {
  /** METRICS_PORT: /metrics on a listener of its own (any environment); undefined: none. */
  port?: number;
  /** /metrics on the public port as well: development only (production hides it there). */
  onMainPort: boolean;
  /** The metrics listener binds the same interface as the service. */
  host: string;
}

/**
 * GET /metrics in the Prometheus text format for one service (docs/operations.md): on the main port in
 * development; in production only on METRICS_PORT, which operators keep off the public network.
 * The metrics listener opens with the service's port and closes with it.
 */
export function installMetricsEndpoint(
  app: FastifyInstance,
  service: string,
  settings: MetricsEndpointSettings,
): void {
  const metrics = serviceMetrics(service);
  if (!metrics.enabled) return;
  if (settings.onMainPort) {
    app.get('/metrics', async (_request, reply) =>
      reply.header('content-type', metrics.registry.contentType).send(await metrics.registry.metrics()),
    );
  }
  if (settings.port === undefined) return;
  const listener = http.createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method !== 'GET' || path !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics failed\n'),
    );
  });
  app.addHook('onListen', async () => {
    await new Promise<void>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(settings.port, settings.host, () => resolve());
    });
  });
  app.addHook('onClose', async () => {
    if (!listener.listening) return;
    listener.closeAllConnections();
    await new Promise<void>((resolve) => listener.close(() => resolve()));
  });
}
