/*
 * `npm start` (docs/architecture.md §2): the whole graph in one process on the embedded SQLite database.
 * Composes the supergraph (rewriting schema/ only on change), migrates, seeds the demo data on
 * first start, starts every subgraph and then the gateway, and drains them in reverse order on
 * SIGTERM/SIGINT: the gateway stops taking requests before the subgraphs it calls go away.
 */
import { createGateway, loadGatewayConfig } from '@union/gateway';
import { createLogger, installGracefulShutdown, startTracing } from '@union/kit';
import path from 'node:path';
import { composeSupergraph, writeSchemaFiles } from './compose';
import { formatPrepared, prepareDatabases } from './prepare-databases';
import { applyDatabaseDefault, REPO_ROOT } from './repo-root';
import { SUBGRAPHS } from './subgraph-registry';

interface Running {
  name: string;
  /** /readyz answers 503 from now on while requests are still served (shutdown drain delay). */
  beginDrain(): void;
  stop(): Promise<void>;
}

/** Stops in reverse start order; keeps going when one fails so nothing is left listening. */
async function stopAll(running: Running[]): Promise<void> {
  const failures: string[] = [];
  for (const r of [...running].reverse()) {
    await r.stop().then(
      () => console.log(`stopped ${r.name}`),
      (error: unknown) => failures.push(`${r.name}: ${String(error)}`),
    );
  }
  if (failures.length > 0) throw new Error(`stopping failed for ${failures.join('; ')}`);
}

/** What a local user types: the wildcard bind address becomes localhost. */
function publicUrl(listeningUrl: string, host: string): string {
  const url = new URL(listeningUrl);
  if (['0.0.0.0', '::', '127.0.0.1', '::1'].includes(host)) url.hostname = 'localhost';
  return url.toString();
}

async function main(): Promise<void> {
  applyDatabaseDefault();
  // One process serves all five: one tracer provider, each span names its service (union.service).
  startTracing('union-supergraph', loadGatewayConfig(process.env).observability.tracing);
  const written = writeSchemaFiles(composeSupergraph());
  console.log(
    written.length > 0
      ? `composed the supergraph: wrote ${written.map((f) => path.relative(REPO_ROOT, f)).join(', ')}`
      : 'supergraph in schema/ is up to date',
  );
  await prepareDatabases({ scale: 1, onPrepared: (p) => console.log(formatPrepared(p)) });

  const running: Running[] = [];
  let gatewayUrl: string;
  try {
    for (const entry of SUBGRAPHS) {
      const subgraph = await entry.start(entry.loadConfig(process.env));
      running.push({ name: entry.name, beginDrain: subgraph.beginDrain, stop: subgraph.stop });
      console.log(`${entry.name} subgraph listening at ${subgraph.url}`);
    }
    const config = loadGatewayConfig(process.env);
    const gateway = await createGateway({ config, logger: createLogger('gateway', config.logLevel) });
    running.push({ name: 'gateway', beginDrain: () => gateway.beginDrain(), stop: () => gateway.stop() });
    gatewayUrl = publicUrl(await gateway.listen(), config.host);
  } catch (error) {
    await stopAll(running).catch(() => undefined);
    throw error;
  }

  // Every process's /readyz goes 503 for SHUTDOWN_DELAY_MS first, then they drain gateway first.
  installGracefulShutdown(createLogger('start-all'), {
    beginDrain: () => running.forEach((r) => r.beginDrain()),
    close: () => stopAll(running),
  });
  console.log(`\nGateway ready at ${gatewayUrl}`);
  console.log('Get a token: npm run token -- --role FEDERATION_ADMIN --region 44');
}

main().catch((error: unknown) => {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
