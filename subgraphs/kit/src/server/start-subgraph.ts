import { sql, type Kysely, type Migration } from 'kysely';
import type { SubgraphConfig } from '../config/subgraph-config';
import { createDatabase } from '../db/create-database';
import { resolveDatabaseTarget } from '../db/database-url';
import { migrateToLatest } from '../db/migrate';
import { createLogger, type Logger } from '../logging/logger';
import { defaultObservabilityConfig } from '../observability/observability-config';
import { installMetricsEndpoint } from '../observability/metrics-endpoint';
import { serviceMetrics } from '../observability/metrics';
import { observeMysqlPool, sqlObserver } from '../observability/sql-observer';
import type { GraphqlHttpServer } from './http-server';

export interface SubgraphDeps<DB> {
  db: Kysely<DB>;
  logger: Logger;
  config: SubgraphConfig;
}

export interface RunningSubgraph {
  url: string;
  /** Drains in-flight requests, then closes the database. */
  stop(): Promise<void>;
  /** /readyz answers 503 from now on while requests are still served (shutdown drain delay). */
  beginDrain(): void;
}

/** Opens and migrates the subgraph's database, builds its server and listens (the body of every `start`). */
export async function startSubgraph<DB>(options: {
  config: SubgraphConfig;
  migrations: Record<string, Migration>;
  createServer: (deps: SubgraphDeps<DB>) => Promise<GraphqlHttpServer>;
}): Promise<RunningSubgraph> {
  const { config } = options;
  const logger = createLogger(config.name, config.logLevel);
  const observability = config.observability ?? defaultObservabilityConfig(config.production);
  serviceMetrics(config.name, { enabled: observability.metricsEnabled });
  const target = resolveDatabaseTarget(config.databaseUrl, config.name);
  // Every statement is timed in db_statement_duration_seconds and traced inside requests (docs/operations.md).
  const db = await createDatabase<DB>(target, {
    onQuery: sqlObserver(config.name, target.dialect),
    onPool: (pool) => observeMysqlPool(config.name, pool),
  });
  try {
    await migrateToLatest(db, options.migrations);
    const server = await options.createServer({ db, logger, config });
    installMetricsEndpoint(server.app, config.name, { ...observability.metrics, host: config.host });
    const url = await server.listen(config.port, config.host);
    logger.info({ port: new URL(url).port }, `${config.name} subgraph ready`);
    return {
      url,
      beginDrain: () => server.beginDrain(),
      async stop() {
        await server.close();
        await db.destroy();
      },
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

/**
 * /readyz for a subgraph: its database answers within `timeoutMs` (a database that hangs must not
 * hang the probe: load balancers time out at 1–5 s and would count that as a failed process).
 */
export function databaseReady(db: Kysely<any>, timeoutMs = 1000): () => Promise<boolean> {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([sql`select 1`.execute(db).then(() => true), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}
