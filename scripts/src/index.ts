/* The library face of @union/scripts (the e2e tests use it); the CLIs are the other files. */
export {
  composeSupergraph,
  CompositionError,
  readSubgraphSdls,
  schemaFiles,
  writeSchemaFiles,
  SCHEMA_DIR,
  type ComposedSchemas,
  type SubgraphSdl,
} from './compose';
export { SUBGRAPHS, type SubgraphEntry, type SeedContext, type SeedResult } from './subgraph-registry';
export { REPO_ROOT } from './repo-root';
export { prepareDatabases, type PreparedSubgraph } from './prepare-databases';
export { dropDatabase } from './subgraph-database';
export {
  loadRegistry,
  OPERATIONS_DIR,
  RegistryError,
  type ClientConfig,
  type RegisteredOperation,
  type Registry,
} from './schema/registry';
export { checkSchema, formatReport, type CheckReport } from './schema/check';
export { documentIdOf, trustedDocumentsManifest, MANIFEST_FILE } from './schema/manifest';
export { runCheck, type CheckOptions, type CheckOutcome } from './schema/schema-check';
export { runPublish, writeAtomically, type PublishOptions } from './schema/schema-publish';
