import {
  createDatabase,
  createLogger,
  migrateToLatest,
  resolveDatabaseTarget,
  type SubgraphConfig,
} from '@union/kit';
import { loadConfig } from './config';
import type { Database } from './db/database';
import { migrations } from './db/migrations';
import { createServer } from './server';

/** Opens and migrates the database, then serves; returns a stop function that drains and closes. */
export async function start(config: SubgraphConfig = loadConfig()): Promise<{ url: string; stop: () => Promise<void> }> {
  const logger = createLogger(config.name, config.logLevel);
  const db = await createDatabase<Database>(resolveDatabaseTarget(config.databaseUrl, config.name));
  await migrateToLatest(db, migrations);
  const server = await createServer({
    db,
    subgraphSecret: config.subgraphSecret,
    logger,
    introspection: !config.production,
  });
  const url = await server.listen(config.port, config.host);
  logger.info({ port: config.port }, 'organizations subgraph ready');
  const stop = async () => {
    await server.close();
    await db.destroy();
  };
  return { url, stop };
}
