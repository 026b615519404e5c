import http from 'node:http';

/** An OTLP/HTTP endpoint that accepts and drops every export, counting the bytes it was sent. */
export async function startOtlpSink(): Promise<{ url: string; bytes(): number; close(): Promise<void> }> {
  let received = 0;
  const server = http.createServer((request, response) => {
    request.on('data', (chunk: Buffer) => (received += chunk.length));
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    bytes: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
