import http from 'node:http';
import { CONTEXT_HEADER } from '@union/kit';

export interface GraphqlClient {
  /** POSTs one operation with the signed context; resolves to `data`, rejects on HTTP or GraphQL errors. */
  request<T = any>(query: string, variables: Record<string, unknown>, contextToken: string): Promise<T>;
  /** Closes the kept-alive sockets so the process can exit. */
  close(): void;
}

interface GraphqlBody {
  data?: unknown;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/**
 * A minimal keep-alive HTTP client for the bench. It only ever talks to the loopback interface:
 * the bench measures the in-process subgraph, never anything on the network.
 */
export function createGraphqlClient(
  url: string,
  options: { maxSockets: number; timeoutMs: number },
): GraphqlClient {
  const target = new URL(url);
  if (target.protocol !== 'http:' || target.hostname !== '127.0.0.1') {
    throw new Error(`the bench only sends traffic to http://127.0.0.1, not ${target.origin}`);
  }
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets });

  const post = (body: string, contextToken: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            [CONTEXT_HEADER]: contextToken,
          },
          timeout: options.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
      req.on('error', reject);
      req.end(body);
    });

  return {
    async request<T>(query: string, variables: Record<string, unknown>, contextToken: string) {
      const { status, text } = await post(JSON.stringify({ query, variables }), contextToken);
      let body: GraphqlBody;
      try {
        body = JSON.parse(text) as GraphqlBody;
      } catch {
        throw new Error(`HTTP ${status}: not a JSON answer`);
      }
      const first = body.errors?.[0];
      if (first) {
        throw new Error(`HTTP ${status}: ${first.extensions?.code ?? 'ERROR'} ${first.message ?? ''}`.trim());
      }
      if (status !== 200 || body.data == null) throw new Error(`HTTP ${status}: no data`);
      return body.data as T;
    },
    close: () => agent.destroy(),
  };
}
