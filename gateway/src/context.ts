import type { RequestContextBase } from '@union/kit';

/** Per-request context of the gateway: the verified caller (null = anonymous) and the request id. */
export type GatewayContext = RequestContextBase;
