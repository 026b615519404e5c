import { sql, type Kysely, type Migration } from 'kysely';
import type { SubgraphConfig } from '../config/subgraph-config';
import { createDatabase } from '../db/create-database';
import { resolveDatabaseTarget } from '../db/database-url';
import { migrateToLatest } from '../db/migrate';
import { createLogger, type Logger } from '../logging/logger';
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
  const db = await createDatabase<DB>(resolveDatabaseTarget(config.databaseUrl, config.name));
  try {
    await migrateToLatest(db, options.migrations);
    const server = await options.createServer({ db, logger, config });
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
