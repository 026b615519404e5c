import { createLogger, installGracefulShutdown } from '@union/kit';
import { loadConfig } from './config';
import { start } from './start';

/* Process entry point (`npm start -w @union/organizations`): read config, serve, drain on SIGTERM. */
const config = loadConfig();
start(config)
  .then(({ stop }) => installGracefulShutdown(createLogger(config.name, config.logLevel), stop))
  .catch((error: unknown) => {
    createLogger(config.name).fatal({ err: error }, 'failed to start');
    process.exit(1);
  });
