import { z } from 'zod';
import { databaseUrlFor } from '../db/database-url';
import { MAX_CONTEXT_LIFETIME_SECONDS } from '../identity/context-token';
import { assertProductionSecret, DEV_SECRETS } from './secrets';
import { observabilityConfigFrom, type ObservabilityConfig } from '../observability/observability-config';

/** Default ports of the runtime contract (docs/architecture.md §2). */
export const SUBGRAPH_PORTS = {
  organizations: 4001,
  members: 4002,
  services: 4003,
  'labor-relations': 4004,
} as const;
export type SubgraphName = keyof typeof SUBGRAPH_PORTS;

export function envPrefix(name: string): string {
  return name.replace(/-/g, '_').toUpperCase();
}

export interface SubgraphConfig {
  name: SubgraphName;
  port: number;
  host: string;
  databaseUrl: string;
  subgraphSecret: string;
  production: boolean;
  logLevel: string;
  /** Where the other subgraphs answer `_entities` (for SERVICE look-ups). */
  subgraphUrls: Record<SubgraphName, string>;
  /**
   * How x-union-context tokens are checked: CONTEXT_MAX_LIFETIME_SECONDS (tokens signed to live
   * longer are refused) and SUBGRAPH_SECRET_ACCEPTED (comma-separated secrets accepted besides
   * SUBGRAPH_SECRET while it is rotated).
   */
  contextVerification: { maxLifetimeSeconds: number; acceptedSecrets: string[] };
  /** METRICS, METRICS_PORT / <SUBGRAPH>_METRICS_PORT, OTEL_* (docs/operations.md); absent: the defaults. */
  observability?: ObservabilityConfig;
}

const portSchema = z.coerce.number().int().min(0).max(65535);
const lifetimeSchema = z.coerce.number().int().min(1).max(MAX_CONTEXT_LIFETIME_SECONDS);

/** Reads and validates the environment once; the only place a subgraph touches process.env. */
export function loadSubgraphConfig(
  name: SubgraphName,
  rawEnv: NodeJS.ProcessEnv = process.env,
): SubgraphConfig {
  // `FOO=` in an env file means "not set", not "set to nothing".
  const env = Object.fromEntries(Object.entries(rawEnv).filter(([, v]) => v !== undefined && v !== ''));
  const production = env.NODE_ENV === 'production';
  const subgraphSecret = env.SUBGRAPH_SECRET ?? DEV_SECRETS.SUBGRAPH_SECRET;
  assertProductionSecret('SUBGRAPH_SECRET', env.SUBGRAPH_SECRET, env.NODE_ENV);
  const portOf = (n: SubgraphName) => portSchema.parse(env[`${envPrefix(n)}_PORT`] ?? SUBGRAPH_PORTS[n]);
  const subgraphUrls = Object.fromEntries(
    (Object.keys(SUBGRAPH_PORTS) as SubgraphName[]).map((n) => [
      n,
      env[`${envPrefix(n)}_URL`] ?? `http://127.0.0.1:${portOf(n)}/graphql`,
    ]),
  ) as Record<SubgraphName, string>;
  return {
    name,
    port: portOf(name),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: databaseUrlFor(name, env),
    subgraphSecret,
    production,
    logLevel: env.LOG_LEVEL ?? 'info',
    subgraphUrls,
    contextVerification: {
      // Lowering it is allowed; raising it above the platform's maximum is not.
      maxLifetimeSeconds: lifetimeSchema.parse(
        env.CONTEXT_MAX_LIFETIME_SECONDS ?? MAX_CONTEXT_LIFETIME_SECONDS,
      ),
      acceptedSecrets: acceptedSecretsOf(env.SUBGRAPH_SECRET_ACCEPTED, env.NODE_ENV),
    },
    observability: observabilityConfigFrom(env, production, envPrefix(name)),
  };
}

function acceptedSecretsOf(value: string | undefined, nodeEnv: string | undefined): string[] {
  const secrets = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const secret of secrets) assertProductionSecret('SUBGRAPH_SECRET_ACCEPTED', secret, nodeEnv);
  return secrets;
}
