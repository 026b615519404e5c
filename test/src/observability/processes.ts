import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

export interface ServiceProcess {
  name: string;
  /** Every JSON line the process wrote to stdout so far. */
  lines: Record<string, any>[];
  stop(): Promise<void>;
}

/** Starts a built entry point (dist/) as a process of its own and resolves once it logs `readyMessage`. */
export function startProcess(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  readyMessage: RegExp,
  timeoutMs = 30_000,
): Promise<ServiceProcess> {
  const child: ChildProcess = spawn(process.execPath, [path.join(REPO_ROOT, entry)], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, any>[] = [];
  let stderr = '';
  let buffered = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${name} did not start within ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const part of parts) {
        if (part.trim() === '') continue;
        const line = JSON.parse(part) as Record<string, any>;
        lines.push(line);
        if (readyMessage.test(String(line.msg))) {
          clearTimeout(timer);
          resolve({ name, lines, stop });
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}: ${stderr}`));
    });
  });
}
