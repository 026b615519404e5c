import http from 'node:http';
import https from 'node:https';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

const IDLE_SOCKET_MS = 4000;

/** A subgraph fetcher and the keep-alive connections it holds, closed when the gateway stops. */
export interface SubgraphFetcher {
  fetch: Fetcher;
  close(): void;
}

/**
 * The gateway's fetch to one subgraph: node:http on a keep-alive agent of its own, so each of the
 * five or more fetches of a query plan reuses a connection and costs one write of head and body
 * (the WHATWG fetch of Node builds streams, an AbortSignal and Headers objects per call, measured
 * in docs/bench-gateway-cost.md). It gives up after `timeoutMs` (headers and body alike); the gateway
 * turns the rejection into an error for that fetch only, so the fields other subgraphs resolved
 * still reach the client. Failures are re-thrown without the URL: the message reaches the logs,
 * and the masking plugin keeps it from the client in any case.
 */
export function timeoutFetcher(subgraph: string, timeoutMs: number): SubgraphFetcher {
  // An idle connection is closed after 4 s (as Node's fetch does), before a proxy between the gateway
  // and a subgraph drops it silently; busy connections are reused. In-flight requests are not
  // affected: their deadline is `timeoutMs` below.
  const agentOptions = { keepAlive: true, scheduling: 'lifo' as const, timeout: IDLE_SOCKET_MS };
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };
  const fetch: Fetcher = (url, init) =>
    new Promise<FetcherResponse>((resolve, reject) => {
      const target = new URL(url);
      const agent = agents[target.protocol as keyof typeof agents];
      if (!agent) return reject(new Error(`Subgraph ${subgraph} has an unsupported URL scheme`));
      const body = init?.body ?? '';
      const headers: Record<string, string | number> = { ...init?.headers };
      headers['content-length'] = Buffer.byteLength(body);
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(error);
      };
      const request = (target.protocol === 'https:' ? https : http).request(
        target,
        { method: init?.method ?? 'POST', headers, agent },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', () => fail(unreachable(subgraph, undefined)));
          response.on('end', () => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            resolve(
              new SubgraphResponse(
                url,
                response.statusCode ?? 0,
                response.statusMessage ?? '',
                response.headers,
                Buffer.concat(chunks).toString('utf8'),
              ),
            );
          });
        },
      );
      const timer = setTimeout(() => {
        fail(new Error(`Subgraph ${subgraph} did not answer within ${timeoutMs} ms`));
        request.destroy();
      }, timeoutMs);
      request.on('error', (error: NodeJS.ErrnoException) => fail(unreachable(subgraph, error.code)));
      request.end(body);
    });
  return {
    fetch,
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}

function unreachable(subgraph: string, code: unknown): Error {
  return new Error(`Subgraph ${subgraph} is unreachable${typeof code === 'string' ? ` (${code})` : ''}`);
}

/* The part of a fetch Response that @apollo/gateway and our data source read, over a buffered body. */
class SubgraphResponse implements FetcherResponse {
  readonly redirected = false;
  readonly headers: ResponseHeaders;
  private used = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    headers: http.IncomingHttpHeaders,
    private readonly body: string,
  ) {
    this.headers = new ResponseHeaders(headers);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  async text(): Promise<string> {
    if (this.used) throw new TypeError('Body has already been read');
    this.used = true;
    return this.body;
  }

  async json(): Promise<any> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(await this.text(), 'utf8');
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  clone(): FetcherResponse {
    if (this.used) throw new TypeError('Body has already been read');
    return new SubgraphResponse(this.url, this.status, this.statusText, this.headers.raw(), this.body);
  }
}

/* Response headers by lower-case name; repeated headers are joined with ", " as fetch does. */
class ResponseHeaders {
  private readonly map = new Map<string, string>();

  constructor(headers: http.IncomingHttpHeaders) {
    for (const [name, value] of Object.entries(headers))
      if (value !== undefined) this.map.set(name, Array.isArray(value) ? value.join(', ') : value);
  }

  raw(): http.IncomingHttpHeaders {
    return Object.fromEntries(this.map);
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }

  append(name: string, value: string): void {
    const current = this.get(name);
    this.set(name, current === null ? value : `${current}, ${value}`);
  }

  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }

  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }

  values(): IterableIterator<string> {
    return this.map.values();
  }

  forEach(callback: (value: string, name: string) => void): void {
    this.map.forEach(callback);
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}
