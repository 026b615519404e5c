import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  createGateway,
  issueDevToken,
  loadGatewayConfig,
  type DevTokenClaims,
  type GatewayServer,
} from '@union/gateway';
import { createLogger, envPrefix, type TestDialect } from '@union/kit';
import { dropDatabase, prepareDatabases, SUBGRAPHS, type PreparedSubgraph } from '@union/scripts';
import { roundRobin } from './round-robin';

export const AUTH_SECRET = 'e2e-auth-secret-0123456789abcdef-xyz';
export const SUBGRAPH_SECRET = 'e2e-subgraph-secret-0123456789abcdef';

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface Stack {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** Each subgraph's replicas (more than one with `replicaDatabaseUrls`). */
  replicaUrls: Record<string, string[]>;
  gateway: GatewayServer;
  env: NodeJS.ProcessEnv;
  prepared: PreparedSubgraph[];
  token(claims: DevTokenClaims, ttl?: string): Promise<string>;
  /** POSTs through the gateway, with a bearer token when given. */
  gql<T = any>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export interface StackOptions {
  dialect: TestDialect;
  /** Seed scale (1 = the demo data set); fractions make smaller, faster sets. */
  scale?: number;
  /** Serve this supergraph instead of the committed schema/supergraph.graphql. */
  supergraphPath?: string;
  /** Extra subgraph URLs (e.g. a stub subgraph composed into a custom supergraph). */
  extraSubgraphUrls?: Record<string, string>;
  subgraphTimeoutMs?: number;
  /**
   * Extra gateway settings. Rate limits are off unless given here (RATE_LIMIT=on): suites send
   * hundreds of requests from one address, far past the production budgets.
   */
  gatewayEnv?: NodeJS.ProcessEnv;
  /**
   * MySQL server URLs, one per replica (e.g. two nodes of a Galera cluster): every subgraph then runs
   * one replica per URL, its database reached through that server, behind a round-robin balancer
   * that the gateway and the other subgraphs call. The first URL prepares the databases (mysql only).
   */
  replicaDatabaseUrls?: string[];
}

/**
 * Every registered subgraph on a random port over its own fresh, migrated and seeded database,
 * and the real gateway in front of them, as `npm start` runs them — but isolated per suite.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const suffix = randomBytes(4).toString('hex');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'union-e2e-'));
  const env: NodeJS.ProcessEnv = {
    SUBGRAPH_SECRET,
    AUTH_SECRET,
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    DATABASE_URL: `sqlite:${tmp}`,
  };
  const servers = options.replicaDatabaseUrls ?? [process.env.TEST_MYSQL_URL!];
  const databaseUrl = (server: string, name: string) =>
    `${server.replace(/\/+$/, '')}/e2e_${suffix}_${name.replace(/-/g, '_')}`;
  for (const entry of SUBGRAPHS) {
    const prefix = envPrefix(entry.name);
    // Known before anything starts: subgraphs ask each other (organizations asks members for a
    // MEMBER's organization, members asks organizations for regions), whatever the start order.
    const port = await freePort();
    env[`${prefix}_PORT`] = String(port);
    env[`${prefix}_URL`] = `http://127.0.0.1:${port}/graphql`;
    if (options.dialect === 'mysql') env[`${prefix}_DATABASE_URL`] = databaseUrl(servers[0]!, entry.name);
  }
  const prepared = await prepareDatabases({ scale: options.scale ?? 0.1, env });

  const running: { stop(): Promise<void> }[] = [];
  const subgraphUrls: Record<string, string> = {};
  const replicaUrls: Record<string, string[]> = {};
  for (const entry of SUBGRAPHS) {
    const prefix = envPrefix(entry.name);
    if (!options.replicaDatabaseUrls) {
      const started = await entry.start(entry.loadConfig(env));
      running.push(started);
      subgraphUrls[entry.name] = started.url;
      replicaUrls[entry.name] = [started.url];
      env[`${prefix}_URL`] = started.url;
      continue;
    }
    replicaUrls[entry.name] = [];
    for (const server of servers) {
      const replicaEnv = {
        ...env,
        [`${prefix}_PORT`]: '0',
        [`${prefix}_DATABASE_URL`]: databaseUrl(server, entry.name),
      };
      const started = await entry.start(entry.loadConfig(replicaEnv));
      running.push(started);
      replicaUrls[entry.name]!.push(started.url);
    }
    const balancer = await roundRobin(Number(env[`${prefix}_PORT`]), replicaUrls[entry.name]!);
    running.push({ stop: balancer.close });
    subgraphUrls[entry.name] = balancer.url;
  }
  for (const [name, url] of Object.entries(options.extraSubgraphUrls ?? {}))
    env[`${envPrefix(name)}_URL`] = url;

  const config = loadGatewayConfig({
    ...env,
    GATEWAY_PORT: '0',
    SUBGRAPH_TIMEOUT_MS: String(options.subgraphTimeoutMs ?? 10000),
    ...(options.supergraphPath ? { SUPERGRAPH_PATH: options.supergraphPath } : {}),
    RATE_LIMIT: 'off',
    ...options.gatewayEnv,
  });
  for (const [name, url] of Object.entries(options.extraSubgraphUrls ?? {})) config.subgraphUrls[name] = url;
  const gateway = await createGateway({ config, logger: createLogger('e2e-gateway', 'silent') });
  const gatewayUrl = await gateway.listen(0, '127.0.0.1');

  return {
    gatewayUrl,
    subgraphUrls,
    replicaUrls,
    gateway,
    env,
    prepared,
    token: (claims, ttl = '1h') => issueDevToken(claims, AUTH_SECRET, ttl),
    async gql(token, query, variables) {
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await gateway.stop();
      for (const r of running.reverse()) await r.stop();
      for (const p of prepared) await dropDatabase(p.target);
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** A port nothing listens on right now (the OS picks it; the subgraph binds it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The error with this code, or a failure that shows what came back instead. */
export function errorWith(result: GqlResult, code: string) {
  const error = result.errors?.find((e) => e.extensions?.code === code);
  if (!error) throw new Error(`expected ${code}, got ${JSON.stringify(result.errors ?? result.data)}`);
  return error;
}
