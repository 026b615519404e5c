/* The public API of @union/gateway. The process entry point is start.ts. */
export { createGateway, type CreateGatewayOptions, type GatewayServer } from './server';
export {
  loadGatewayConfig,
  DEFAULT_SUPERGRAPH_PATH,
  type GatewayConfig,
  type BearerAuthConfig,
} from './config';
export type { GatewayContext } from './context';
export { createBearerVerifier, type BearerVerifier, type BearerOutcome } from './auth/bearer';
export { identityFromClaims } from './auth/claims';
export { issueDevToken, type DevTokenClaims, type DevTokenOptions } from './auth/issue-token';
export { supergraphFromFile, type SupergraphFileOptions } from './supergraph/supergraph-file';
export { subgraphEndpointsOf, type SubgraphEndpoint } from './supergraph/subgraph-endpoints';
export {
  AuthenticatedDataSource,
  type AuthenticatedDataSourceOptions,
} from './subgraphs/authenticated-data-source';
export { REQUEST_ID_HEADER } from './request-id';
export { GATEWAY_PARTS, type GatewayPart } from './bench/gateway-parts';
