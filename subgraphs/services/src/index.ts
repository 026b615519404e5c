import { serveFromEnv } from '@union/kit';
import { loadConfig } from './config';
import { start } from './start';

/* Process entry point (`npm start -w @union/services`): read config, serve, drain on SIGTERM. */
serveFromEnv(loadConfig(), start);
