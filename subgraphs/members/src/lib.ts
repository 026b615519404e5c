export { createServer, SCHEMA_FILE, subgraph, type ServerOptions } from './server';
export { loadConfig, loadPiiKeys, SUBGRAPH_NAME, DEV_PII_KEYS, type MembersConfig } from './config';
export { migrations } from './db/migrations';
export type { Database } from './db/database';
export { start } from './start';
export { PiiCipher } from './pii/pii-cipher';
export * from './seed';
export { MEMBERS_PII_TABLES, membersPiiRekeyTarget } from './pii/pii-rotation';
