import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDatabase, onTransactionRetry } from '@union/kit';
import type { GqlResult } from '../support/stack';

/*
 * The local 3-node Galera cluster of scripts/cluster (start.sh): its nodes, HAProxy in front of
 * them, and the drills the suites run against it. `npm run test:cluster` starts it when needed.
 */

const run = promisify(execFile);
const SCRIPTS = path.resolve(__dirname, '../../../scripts/cluster');

/** mysql:// URLs of the three nodes (CLUSTER_NODE_URLS, comma-separated, overrides). */
export const NODE_URLS = (
  process.env.CLUSTER_NODE_URLS ??
  'mysql://root@127.0.0.1:3311,mysql://root@127.0.0.1:3312,mysql://root@127.0.0.1:3313'
).split(',');
/** HAProxy in front of all three (CLUSTER_HAPROXY_URL overrides). */
export const HAPROXY_URL = process.env.CLUSTER_HAPROXY_URL ?? 'mysql://root@127.0.0.1:3310';

/** A node by number (1–3): stop, kill (SIGKILL) or start (rejoin), through scripts/cluster/node.sh. */
export async function node(action: 'start' | 'stop' | 'kill', n: number): Promise<string> {
  const { stdout } = await run('bash', [path.join(SCRIPTS, 'node.sh'), action, String(n)], {
    timeout: 180_000,
  });
  return stdout.trim();
}

/** SIGKILLs node `n` (a crash) from this process and returns the moment it was sent. */
export function killNode(n: number): number {
  const dir = process.env.CLUSTER_DIR ?? '/tmp/union-galera';
  const pid = Number(fs.readFileSync(path.join(dir, `node${n}`, 'mariadbd.pid'), 'utf8').trim());
  process.kill(pid, 'SIGKILL');
  return Date.now();
}

/** Opens one database of the cluster through one node (or HAProxy). */
export function openOn(url: string, database: string) {
  return createDatabase<any>({ dialect: 'mysql', uri: url, database }, { poolSize: 2 });
}

/** The wsrep status variables of one node, lower-cased names. */
export async function wsrepStatus(url: string): Promise<Record<string, string>> {
  const db = await openOn(url, 'mysql');
  try {
    const rows = await db
      .selectFrom('information_schema.GLOBAL_STATUS')
      .select(['VARIABLE_NAME as name', 'VARIABLE_VALUE as value'])
      .where('VARIABLE_NAME', 'like', 'WSREP%')
      .execute();
    return Object.fromEntries(rows.map((r: any) => [String(r.name).toLowerCase(), String(r.value)]));
  } finally {
    await db.destroy();
  }
}

/** Certification failures plus brute-force aborts over all nodes: conflicts the cluster raised. */
export async function clusterConflicts(urls: readonly string[] = NODE_URLS): Promise<number> {
  let total = 0;
  for (const url of urls) {
    const s = await wsrepStatus(url);
    total += Number(s.wsrep_local_cert_failures ?? 0) + Number(s.wsrep_local_bf_aborts ?? 0);
  }
  return total;
}

/** Counts every inTransaction retry in this process (the subgraphs run in it) by error code. */
export function countRetries() {
  const byCode: Record<string, number> = {};
  const stop = onTransactionRetry((_attempt, code) => {
    byCode[code] = (byCode[code] ?? 0) + 1;
  });
  return {
    byCode,
    get total() {
      return Object.values(byCode).reduce((a, b) => a + b, 0);
    },
    stop,
  };
}

/** Runs `n` copies of `call` at the same moment and returns every answer. */
export function race<T>(n: number, call: (i: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => call(i)));
}

/** The error codes of a result ('OK' for none). */
export function outcome(result: GqlResult): string {
  return result.errors?.map((e) => e.extensions?.code ?? 'NO_CODE').join(',') ?? 'OK';
}

/** Polls `check` until it returns true (replication is synchronous at commit, applying is not). */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not true after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
