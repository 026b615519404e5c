export { createServer, SCHEMA_FILE, subgraph, type ServerOptions } from './server';
export { loadConfig, SUBGRAPH_NAME } from './config';
export { migrations } from './db/migrations';
export type { Database } from './db/database';
export { start } from './start';
export * from './seed';
