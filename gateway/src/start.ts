import { createLogger, installGracefulShutdown, startTracing } from '@union/kit';
import { loadGatewayConfig } from './config';
import { createGateway } from './server';

/* Process entry point: read config, create, listen — nothing else. */
async function main(): Promise<void> {
  const config = loadGatewayConfig(process.env);
  const logger = createLogger('gateway', config.logLevel);
  // Before the gateway exists, so that @apollo/gateway's spans find the provider (docs/operations.md).
  const tracing = startTracing('gateway', config.observability.tracing);
  const gateway = await createGateway({ config, logger });
  await gateway.listen();
  installGracefulShutdown(logger, {
    beginDrain: () => gateway.beginDrain(),
    close: () => gateway.stop().finally(() => tracing.shutdown()),
  });
  // Port 0 and a wildcard host are resolved to what a local client would type.
  const address = gateway.server.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const local = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(config.host);
  logger.info(`Gateway ready at http://${local ? 'localhost' : config.host}:${port}/graphql`);
}

main().catch((error: unknown) => {
  // The logger may not exist yet (bad configuration): stderr is the only safe channel.
  process.stderr.write(
    `gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
