/*
 * In-process micro-benchmarks of the per-request operations of the gateway's plugins and of the kit's
 * subgraph server (bench:gateway-cost prints them under its table): CPU µs per call, measured with
 * process.cpuUsage over a bounded loop after a warm-up. Nothing leaves the process.
 */
import { Writable } from 'node:stream';
import { createBearerVerifier, issueDevToken, type BearerAuthConfig } from '@union/gateway';
import {
  createContextVerifier,
  createLogger,
  maskError,
  signContextToken,
  verifyContextToken,
  type Identity,
} from '@union/kit';

export interface OperationCost {
  operation: string;
  microseconds: number;
}

async function cpuMicros(calls: number, fn: () => unknown): Promise<number> {
  for (let i = 0; i < Math.min(2000, calls); i += 1) await fn();
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i += 1) await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / calls;
}

export async function measureOperationCosts(calls = 20_000): Promise<OperationCost[]> {
  const secret = 'bench-operation-costs-secret-0123456789';
  const identity: Identity = { sub: 'bench', role: 'FEDERATION_ADMIN', region: '44', perms: [] };
  const silent = createLogger('bench', 'silent');
  const auth: BearerAuthConfig = { secret };
  const bearer = await createBearerVerifier(auth, silent);
  const authorization = `Bearer ${await issueDevToken({ role: 'FEDERATION_ADMIN', region: '44' }, secret, { ttl: '1h' })}`;
  const context = await signContextToken({ identity, requestId: 'r' }, secret);
  const remembered = createContextVerifier(secret);
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const logger = createLogger('bench', 'info', sink);
  const accessLine = {
    requestId: '0190a3b4-1234-7abc-8def-0123456789ab',
    operation: 'Integrator',
    method: 'POST',
    status: 200,
    ms: 42,
  };
  const error = {
    message: 'Outside your jurisdiction',
    path: ['a'],
    extensions: { code: 'FORBIDDEN', sql: 'x' },
  };
  return [
    {
      operation: 'gateway: bearer JWT check (HS256 verify + claims), once per client request',
      microseconds: await cpuMicros(calls, () => bearer.verify(authorization)),
    },
    {
      operation: 'gateway: sign x-union-context, once per client request',
      microseconds: await cpuMicros(calls, () => signContextToken({ identity, requestId: 'r' }, secret)),
    },
    {
      operation: 'subgraph: verify x-union-context in full (first fetch of a client request)',
      microseconds: await cpuMicros(calls, () => verifyContextToken(context, secret)),
    },
    {
      operation: 'subgraph: verify a remembered x-union-context (later fetches of the same request)',
      microseconds: await cpuMicros(calls, () => remembered(context)),
    },
    {
      operation: 'every process: one access line at LOG_LEVEL=info (kit logger: redact + scrub)',
      microseconds: await cpuMicros(calls, () => logger.info(accessLine, 'request')),
    },
    {
      operation: 'gateway / subgraph: mask one client error (an answer without errors costs nothing)',
      microseconds: await cpuMicros(calls, () => maskError(error, 'r')),
    },
  ];
}
