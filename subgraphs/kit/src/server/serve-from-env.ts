import type { SubgraphConfig } from '../config/subgraph-config';
import { createLogger } from '../logging/logger';
import { defaultObservabilityConfig } from '../observability/observability-config';
import { startTracing } from '../observability/tracing';
import { installGracefulShutdown } from './shutdown';
import type { RunningSubgraph } from './start-subgraph';

/** A subgraph process's whole entry point: start from config, drain on SIGTERM, exit 1 on a failed start. */
export function serveFromEnv(
  config: SubgraphConfig,
  start: (config: SubgraphConfig) => Promise<RunningSubgraph>,
): void {
  const logger = createLogger(config.name, config.logLevel);
  // Before anything serves, so that the first request is traced (OTLP only with an endpoint).
  const tracing = startTracing(
    config.name,
    (config.observability ?? defaultObservabilityConfig(config.production)).tracing,
  );
  start(config)
    .then((running) =>
      installGracefulShutdown(logger, {
        beginDrain: () => running.beginDrain(),
        close: () => running.stop().finally(() => tracing.shutdown()),
      }),
    )
    .catch((error: unknown) => {
      logger.fatal(
        { err: error instanceof Error ? { message: error.message, stack: error.stack } : error },
        'failed to start',
      );
      process.exit(1);
    });
}
