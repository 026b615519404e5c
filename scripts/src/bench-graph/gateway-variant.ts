/*
 * Process entry of `npm run bench:gateway-cost`: the gateway as gateway/dist/start.js starts it, with
 * the parts named in argv[2] (comma-separated, of GATEWAY_PARTS) switched off for the measurement.
 * Bench only: the production entry point never passes `benchOnlyOff`, and createGateway refuses it
 * under NODE_ENV=production.
 */
import { createGateway, GATEWAY_PARTS, loadGatewayConfig, type GatewayPart } from '@union/gateway';
import { createLogger, installGracefulShutdown, startTracing } from '@union/kit';

async function main(): Promise<void> {
  const off = (process.argv[2] ?? '').split(',').filter((p) => p !== '');
  for (const part of off)
    if (!(GATEWAY_PARTS as readonly string[]).includes(part)) throw new Error(`unknown gateway part ${part}`);
  const config = loadGatewayConfig(process.env);
  const logger = createLogger('gateway', config.logLevel);
  const tracing = startTracing('gateway', config.observability.tracing);
  const gateway = await createGateway({ config, logger, benchOnlyOff: off as GatewayPart[] });
  await gateway.listen();
  installGracefulShutdown(logger, {
    beginDrain: () => gateway.beginDrain(),
    close: () => gateway.stop().finally(() => tracing.shutdown()),
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
