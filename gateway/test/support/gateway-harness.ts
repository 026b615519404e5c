import { createLogger, type Logger } from '@union/kit';
import pino from 'pino';
import { Writable } from 'node:stream';
import { createGateway, loadGatewayConfig, type GatewayConfig, type GatewayServer } from '../../src';
import { TEST_SUBGRAPH_SECRET, type TestSubgraphs } from './test-subgraphs';

export const TEST_AUTH_SECRET = 'test-auth-secret-0123456789abcdefghij';

/** A config as a developer machine would have it, pointed at the test subgraphs and supergraph file. */
export function testConfig(
  subgraphs: TestSubgraphs,
  supergraphPath: string,
  env: NodeJS.ProcessEnv = {},
): GatewayConfig {
  const config = loadGatewayConfig({
    AUTH_SECRET: TEST_AUTH_SECRET,
    SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET,
    SUPERGRAPH_PATH: supergraphPath,
    SUPERGRAPH_POLL_MS: '100',
    SUBGRAPH_TIMEOUT_MS: '500',
    // Suites send many requests from 127.0.0.1; the rate-limit suite turns the budgets on itself.
    RATE_LIMIT: 'off',
    ...env,
  });
  return { ...config, subgraphUrls: { alpha: subgraphs.urls.alpha, beta: subgraphs.urls.beta } };
}

export type RunningGateway = GatewayServer & { readonly url: string };

export async function startGateway(
  config: GatewayConfig,
  logger: Logger = createLogger('test', 'silent'),
): Promise<RunningGateway> {
  const gateway = await createGateway({ config, logger });
  try {
    await gateway.listen(0, '127.0.0.1');
  } catch (error) {
    await gateway.stop();
    throw error;
  }
  return gateway as RunningGateway;
}

/** A logger whose lines a test can read, to wait for what the gateway reported. */
export function captureLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, sink), lines };
}

/** Polls until `check` passes or `timeoutMs` elapses (then throws its last failure). */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 5000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }
}
