import http from 'node:http';

export interface GatewayClient {
  /** POSTs one operation with a bearer token; resolves to `data`, rejects on HTTP or GraphQL errors. */
  request<T = any>(query: string, variables: Record<string, unknown>): Promise<T>;
  close(): void;
}

/** A keep-alive client for the gateway on the loopback interface (the bench sends nothing elsewhere). */
export function createGatewayClient(url: string, token: string, maxSockets: number): GatewayClient {
  const target = new URL(url);
  if (target.protocol !== 'http:' || target.hostname !== '127.0.0.1')
    throw new Error(`the bench only sends traffic to http://127.0.0.1, not ${target.origin}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const post = (body: string) =>
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
            authorization: `Bearer ${token}`,
          },
          timeout: 30_000,
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
      req.on('timeout', () => req.destroy(new Error('no answer within 30 s')));
      req.on('error', reject);
      req.end(body);
    });
  return {
    async request<T>(query: string, variables: Record<string, unknown>) {
      const { status, text } = await post(JSON.stringify({ query, variables }));
      let body: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] };
      try {
        body = JSON.parse(text);
      } catch {
        throw new Error(`HTTP ${status}: not a JSON answer`);
      }
      const first = body.errors?.[0];
      if (first)
        throw new Error(`HTTP ${status}: ${first.extensions?.code ?? 'ERROR'} ${first.message ?? ''}`.trim());
      if (status !== 200 || body.data == null) throw new Error(`HTTP ${status}: no data`);
      return body.data as T;
    },
    close: () => agent.destroy(),
  };
}
