import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { CONTEXT_HEADER, newId, signContextToken } from '@union/kit';
import { GraphQLError } from 'graphql';
import type { ContextSigner } from '../bench/gateway-parts';
import type { GatewayContext } from '../context';
import { countSubgraphErrors, measuredFetcher } from '../observability/measured-fetcher';
import { timeoutFetcher } from './timeout-fetcher';

export interface AuthenticatedDataSourceOptions {
  name: string;
  url: string;
  subgraphSecret: string;
  timeoutMs: number;
  /** Bench only (bench/gateway-parts.ts); the default signs one token per client request. */
  signContext?: ContextSigner;
  /** Called with the keep-alive connections of this subgraph, for the gateway to close on stop. */
  onConnections?: (connections: { close(): void }) => void;
}

/*
 * One signature per client request, shared by every subgraph fetch of its plan (a four-subgraph
 * query makes five or more fetches). Keyed by the request's context object, so it goes with it.
 */
const signedFor = new WeakMap<object, Promise<string>>();

/* Client credentials and cookies stay at the gateway: subgraphs trust only the signed context. */
const NEVER_FORWARDED = ['authorization', 'cookie', 'proxy-authorization', CONTEXT_HEADER];

/**
 * One subgraph as the gateway sees it (docs/architecture.md §3.3): every request carries the verified caller and
 * the request id in a short-lived x-union-context token signed with SUBGRAPH_SECRET, and none
 * waits longer than the subgraph timeout.
 */
export class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraphName: string;
  private readonly subgraphSecret: string;
  private readonly signContext: ContextSigner;

  constructor(options: AuthenticatedDataSourceOptions) {
    const fetcher = timeoutFetcher(options.name, options.timeoutMs);
    super({ url: options.url, fetcher: measuredFetcher(options.name, fetcher.fetch) });
    options.onConnections?.(fetcher);
    this.subgraphName = options.name;
    this.subgraphSecret = options.subgraphSecret;
    this.signContext = options.signContext ?? signContextToken;
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = options.request.http?.headers;
    if (!headers) return;
    for (const name of NEVER_FORWARDED) headers.delete(name);
    // Health checks and schema loads run outside any client request: they act as nobody.
    const context: Partial<GatewayContext> = options.context;
    let token = signedFor.get(context);
    if (!token) {
      token = this.signContext(
        { identity: context.identity ?? null, requestId: context.requestId ?? newId() },
        this.subgraphSecret,
      );
      signedFor.set(context, token);
    }
    headers.set(CONTEXT_HEADER, await token);
  }

  override didReceiveResponse(
    requestContext: Parameters<NonNullable<RemoteGraphQLDataSource['didReceiveResponse']>>[0],
  ) {
    countSubgraphErrors(this.subgraphName, requestContext.response.errors);
    return requestContext.response;
  }

  /**
   * A non-2xx answer means the gateway or the subgraph is at fault, never the client: even a 401
   * here is the subgraph refusing *our* context token. So no client code is attached (the default
   * would pass a subgraph 401 on as UNAUTHENTICATED) and the error is masked as internal.
   */
  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0],
  ): Promise<GraphQLError> {
    const codes = await downstreamCodes(response);
    const suffix = codes.length > 0 ? ` (${codes.join(', ')})` : '';
    return new GraphQLError(`Subgraph ${this.subgraphName} answered HTTP ${response.status}${suffix}`, {
      extensions: { code: 'SUBGRAPH_HTTP_ERROR' },
    });
  }
}

/** The error codes in a failed subgraph response, for the log; messages and bodies are left out. */
async function downstreamCodes(response: { text(): Promise<string> }): Promise<string[]> {
  try {
    const body = JSON.parse(await response.text()) as { errors?: { extensions?: { code?: unknown } }[] };
    return (body.errors ?? [])
      .map((e) => e.extensions?.code)
      .filter((c): c is string => typeof c === 'string');
  } catch {
    return [];
  }
}
