export { createServer, SCHEMA_FILE, subgraph, type ServerOptions } from './server';
export { loadConfig, SUBGRAPH_NAME, type LaborRelationsConfig } from './config';
export { recountAppealCounters, storedAppealCounters } from './appeal/appeal-counters';
export { migrations } from './db/migrations';
export type { Database } from './db/database';
export { start } from './start';
export type {
  Facts,
  HardshipCaseFact,
  MemberFact,
  OrganizationFact,
  RegionFact,
  ServiceRequestFact,
} from './facts/facts';
export { entitiesFacts } from './facts/entities-facts';
export * from './seed';
export { APPEAL_PII_TABLES, appealPiiRekeyTarget } from './appeal/appeal-pii-rotation';
