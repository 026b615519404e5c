import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../repo-root';

export interface ProcessSample {
  statements: number;
  cpuMicros: number;
  /** The kernel's part of cpuMicros (on loopback it includes delivering what the process sends). */
  systemMicros?: number;
}

export interface BenchProcess {
  name: string;
  url: string;
  sample(): Promise<ProcessSample>;
  /** Starts a V8 CPU profile in the process (the probe), or stops it and writes it to `file`. */
  profile(action: 'start' | 'stop', file?: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The environment every benchmarked process starts from: loopback only, fresh secrets, logs at warn,
 * rate limits, metrics and tracing off (a benchmark measures the graph, not those); `extra` adds to it.
 */
export function benchProcessEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    SUBGRAPH_SECRET: randomBytes(24).toString('hex'),
    AUTH_SECRET: randomBytes(24).toString('hex'),
    RATE_LIMIT: 'off',
    METRICS: 'off',
    OTEL_SDK_DISABLED: 'true',
    ...extra,
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function getStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/**
 * Starts `entry` (a built dist/ file of the repository) as its own Node process with the probe
 * preloaded, and waits until its /readyz answers 200 (bounded).
 */
export async function startProcess(
  name: string,
  entry: string,
  port: number,
  env: NodeJS.ProcessEnv,
  readyMs = 180_000,
  /** Arguments of the entry, and Node flags besides the probe (e.g. --cpu-prof). */
  extra: { args?: string[]; execArgv?: string[] } = {},
): Promise<BenchProcess> {
  const child: ChildProcess = fork(path.join(REPO_ROOT, entry), extra.args ?? [], {
    cwd: REPO_ROOT,
    env,
    execArgv: [...(extra.execArgv ?? []), '--require', path.join(__dirname, 'probe.js')],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  let exited: number | null = null;
  child.on('exit', (code) => {
    exited = code ?? -1;
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyMs;
  while ((await getStatus(`${base}/readyz`)) !== 200) {
    if (exited !== null) throw new Error(`${name} exited with code ${exited} before it was ready`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} not ready within ${readyMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  let nextId = 0;
  return {
    name,
    url: `${base}/graphql`,
    sample: () =>
      new Promise<ProcessSample>((resolve, reject) => {
        const id = ++nextId;
        const timer = setTimeout(() => reject(new Error(`${name}: no sample within 5 s`)), 5000);
        const onMessage = (m: { type?: string; id?: number } & ProcessSample) => {
          if (m?.type !== 'bench:sample' || m.id !== id) return;
          clearTimeout(timer);
          child.off('message', onMessage);
          resolve({ statements: m.statements, cpuMicros: m.cpuMicros, systemMicros: m.systemMicros });
        };
        child.on('message', onMessage);
        child.send({ type: 'bench:sample', id });
      }),
    profile: (action, file) =>
      new Promise<void>((resolve, reject) => {
        const id = ++nextId;
        const timer = setTimeout(() => reject(new Error(`${name}: no profile answer within 30 s`)), 30_000);
        const onMessage = (m: { type?: string; id?: number; error?: string }) => {
          if (m?.type !== 'bench:profile' || m.id !== id) return;
          clearTimeout(timer);
          child.off('message', onMessage);
          if (m.error) reject(new Error(`${name}: ${m.error}`));
          else resolve();
        };
        child.on('message', onMessage);
        child.send({ type: 'bench:profile', id, action, file });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
