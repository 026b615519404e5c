import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@union/kit';
import { createGateway, loadGatewayConfig } from '../src';
import { timeoutFetcher } from '../src/subgraphs/timeout-fetcher';

/* A real HTTP server on a random port that counts the connections it was opened. */
async function countingServer(handler: http.RequestListener) {
  const server = http.createServer(handler);
  let connections = 0;
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('the gateway fetch to a subgraph', () => {
  it('sends method, headers and body, reads status, headers and JSON, and reuses one connection', async () => {
    const seen: { method?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
    const server = await countingServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ method: req.method, headers: req.headers, body });
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'max-age=5',
        });
        res.end(JSON.stringify({ data: { n: seen.length, echo: body } }));
      });
    });
    const fetcher = timeoutFetcher('alpha', 2000);
    try {
      for (let i = 1; i <= 3; i += 1) {
        const body = JSON.stringify({ query: `{ n${i} }`, note: 'ünïcode' });
        const response = await fetcher.fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-union-context': 'signed' },
          body,
        });
        expect(response.ok).toBe(true);
        expect(response.status).toBe(200);
        expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
        expect(response.headers.get('cache-control')).toBe('max-age=5');
        expect(await response.json()).toEqual({ data: { n: i, echo: body } });
        await expect(response.text()).rejects.toThrow(/already been read/);
      }
      expect(seen.map((s) => s.method)).toEqual(['POST', 'POST', 'POST']);
      expect(seen[0]!.headers['x-union-context']).toBe('signed');
      expect(Number(seen[0]!.headers['content-length'])).toBe(Buffer.byteLength(seen[0]!.body));
      // Keep-alive: the three fetches went over one connection.
      expect(server.connections()).toBe(1);
    } finally {
      fetcher.close();
      await server.close();
    }
  });

  it('passes a non-2xx answer on with its body; a late answer and a refused connection are errors without the URL', async () => {
    const server = await countingServer((req, res) => {
      if (req.url?.includes('slow')) return void setTimeout(() => res.end('{}'), 1500).unref();
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"errors":[{"extensions":{"code":"DOWN"}}]}');
    });
    const fetcher = timeoutFetcher('beta', 200);
    try {
      const failed = await fetcher.fetch(server.url, { method: 'POST', body: '{}' });
      expect(failed.ok).toBe(false);
      expect(failed.status).toBe(503);
      expect(JSON.parse(await failed.text())).toEqual({ errors: [{ extensions: { code: 'DOWN' } }] });

      const started = Date.now();
      await expect(fetcher.fetch(`${server.url}?slow`, { method: 'POST', body: '{}' })).rejects.toThrow(
        /^Subgraph beta did not answer within 200 ms$/,
      );
      expect(Date.now() - started).toBeLessThan(1200);
    } finally {
      fetcher.close();
      await server.close();
    }
    await expect(fetcher.fetch(server.url, { method: 'POST', body: '{}' })).rejects.toThrow(
      /^Subgraph beta is unreachable \(ECONNREFUSED\)$/,
    );
  });
});

describe('the gateway fetch to a slow subgraph', () => {
  it('waits for an answer slower than the idle-connection timeout (4 s), within the subgraph timeout', async () => {
    const server = await countingServer((_req, res) => {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"data":{"slow":true}}');
      }, 4500).unref();
    });
    const fetcher = timeoutFetcher('gamma', 10_000);
    try {
      const response = await fetcher.fetch(server.url, { method: 'POST', body: '{}' });
      expect(await response.json()).toEqual({ data: { slow: true } });
    } finally {
      fetcher.close();
      await server.close();
    }
  }, 15_000);
});

describe('bench-only switches', () => {
  it('are refused under NODE_ENV=production', async () => {
    const config = loadGatewayConfig({
      NODE_ENV: 'production',
      AUTH_SECRET: 'a-strong-production-secret-0123456789',
      SUBGRAPH_SECRET: 'another-strong-production-secret-0123',
    });
    await expect(
      createGateway({ config, logger: createLogger('test', 'silent'), benchOnlyOff: ['jwt'] }),
    ).rejects.toThrow(/only in a bench, never in production/);
  });
});
