import path from 'node:path';
import {
  assertProductionSecret,
  DEV_SECRETS,
  envPrefix,
  observabilityConfigFrom,
  SUBGRAPH_PORTS,
  type ObservabilityConfig,
  type SubgraphName,
} from '@union/kit';
import { z } from 'zod';
import type { QueryLimits } from './limits/query-limits';
import type { RateLimitConfig } from './rate-limit/rate-limit-config';
import {
  trustedDocumentsConfigFrom,
  type TrustedDocumentsConfig,
} from './trusted-documents/trusted-documents-config';

/** How bearer tokens are verified (docs/architecture.md §3.1). At least one of secret / publicKeyPem / jwksUrl is set. */
export interface BearerAuthConfig {
  /** HS256 shared secret; undefined in production unless AUTH_SECRET is set explicitly. */
  secret?: string;
  /** AUTH_SECRET_ACCEPTED: further HS256 secrets accepted (not signed with) while AUTH_SECRET is rotated. */
  acceptedSecrets?: string[];
  /** RS256 public key (SPKI PEM or X.509 certificate). */
  publicKeyPem?: string;
  /** RS256 keys fetched (and cached) from a JWKS endpoint. */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  /** On in development; in production only with GRAPHIQL=true, which also needs it (the IDE's schema). */
  introspection: boolean;
  /** GraphiQL on GET /graphql for browsers: development by default, production only with GRAPHIQL=true. */
  graphiql: boolean;
  logLevel: string;
  auth: BearerAuthConfig;
  /** Signs the x-union-context token every subgraph verifies. */
  subgraphSecret: string;
  supergraphPath: string;
  /** How often the supergraph file is checked for changes. */
  supergraphPollMs: number;
  /** A subgraph fetch that takes longer fails on its own; the rest of the response still arrives. */
  subgraphTimeoutMs: number;
  /** Browser origins allowed by CORS ('*' for any); empty means no CORS headers at all. */
  corsOrigins: string[];
  /** Operations longer, deeper, more aliased or costlier than these are refused before execution. */
  queryLimits: QueryLimits;
  /** Larger request bodies are refused with 413 before they are parsed. */
  maxRequestBytes: number;
  /** Per-caller request budgets (429 when spent). */
  rateLimits: RateLimitConfig;
  /**
   * Which proxies' X-Forwarded-For is believed for the client address (Fastify `trustProxy`):
   * false, a hop count, or addresses/CIDRs. Behind a load balancer this decides whose budget an
   * anonymous request spends.
   */
  trustProxy: boolean | number | string[];
  /**
   * Where each subgraph answers, by its name in the supergraph. These win over the URLs
   * composed into the supergraph, so one committed file serves every environment.
   */
  subgraphUrls: Record<string, string>;
  /** METRICS, METRICS_PORT, OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SDK_DISABLED (docs/operations.md). */
  observability: ObservabilityConfig;
  /** TRUSTED_DOCUMENTS off|allow|require, the manifest and its poll (docs/frontend.md); defaults when absent. */
  trustedDocuments?: TrustedDocumentsConfig;
}

/** The committed supergraph, wherever the gateway is started from. */
export const DEFAULT_SUPERGRAPH_PATH = path.resolve(__dirname, '../../schema/supergraph.graphql');

const port = z.coerce.number().int().min(0).max(65535);
const positiveMs = z.coerce.number().int().positive();
const positiveInt = positiveMs;
const nonEmpty = z.string().trim().min(1);

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  GATEWAY_PORT: port.default(4000),
  HOST: nonEmpty.default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  AUTH_SECRET: nonEmpty.optional(),
  AUTH_SECRET_ACCEPTED: z.string().optional(),
  AUTH_PUBLIC_KEY: nonEmpty.optional(),
  AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  AUTH_ISSUER: nonEmpty.optional(),
  AUTH_AUDIENCE: nonEmpty.optional(),
  SUBGRAPH_SECRET: nonEmpty.optional(),
  SUPERGRAPH_PATH: nonEmpty.optional(),
  SUPERGRAPH_POLL_MS: positiveMs.default(1000),
  SUBGRAPH_TIMEOUT_MS: positiveMs.default(10000),
  CORS_ORIGINS: z.string().optional(),
  GRAPHIQL: z.enum(['true', 'false']).optional(),
  MAX_QUERY_DEPTH: positiveInt.default(15),
  MAX_QUERY_ALIASES: positiveInt.default(30),
  MAX_QUERY_COST: positiveInt.default(20000),
  MAX_QUERY_TOKENS: positiveInt.default(2000),
  // Registered client operations select at most ~40 fields; the overlap check costs fields².
  MAX_QUERY_FIELDS: positiveInt.default(250),
  MAX_QUERY_DIRECTIVES: positiveInt.default(50),
  MAX_REQUEST_BYTES: positiveInt.default(256 * 1024),
  RATE_LIMIT: z.enum(['on', 'off']).default('on'),
  RATE_LIMIT_WINDOW_MS: positiveMs.default(60_000),
  RATE_LIMIT_AUTHENTICATED: positiveInt.default(600),
  RATE_LIMIT_ANONYMOUS: positiveInt.default(120),
  RATE_LIMIT_FORM_MAX: positiveInt.default(10),
  RATE_LIMIT_FORM_WINDOW_MS: positiveMs.default(600_000),
  RATE_LIMIT_FORM_FIELDS: z.string().default('submitMembershipApplication,submitAppeal,appealStatus'),
  RATE_LIMIT_REDIS_PREFIX: nonEmpty.default('union:rate-limit:'),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  TRUST_PROXY: nonEmpty.optional(),
});

const subgraphUrl = z.url({ protocol: /^https?$/ });

/** Reads and validates the environment once; the only place the gateway touches process.env. */
export function loadGatewayConfig(rawEnv: NodeJS.ProcessEnv = process.env): GatewayConfig {
  // `FOO=` in an env file or compose file means "not set", not "set to nothing".
  const env = Object.fromEntries(Object.entries(rawEnv).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    // Name the variables only: values may be secrets.
    const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].join(', ');
    throw new Error(`Invalid gateway configuration: ${names}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    port: e.GATEWAY_PORT,
    host: e.HOST,
    production,
    // The IDE's explorer and completion read the schema by introspection, so asking for the IDE in
    // production (GRAPHIQL=true, explicitly) is asking for introspection too; nothing else turns it on.
    introspection: !production || e.GRAPHIQL === 'true',
    graphiql: e.GRAPHIQL === undefined ? !production : e.GRAPHIQL === 'true',
    logLevel: e.LOG_LEVEL,
    auth: bearerAuthConfig(e, production),
    subgraphSecret: subgraphSecretOf(e.SUBGRAPH_SECRET, e.NODE_ENV),
    supergraphPath: e.SUPERGRAPH_PATH ? path.resolve(e.SUPERGRAPH_PATH) : DEFAULT_SUPERGRAPH_PATH,
    supergraphPollMs: e.SUPERGRAPH_POLL_MS,
    subgraphTimeoutMs: e.SUBGRAPH_TIMEOUT_MS,
    // Development serves any origin (Sandbox, local front-ends); production only the listed ones.
    corsOrigins: (e.CORS_ORIGINS ?? (production ? '' : '*'))
      .split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
    queryLimits: {
      maxTokens: e.MAX_QUERY_TOKENS,
      maxFields: e.MAX_QUERY_FIELDS,
      maxDepth: e.MAX_QUERY_DEPTH,
      maxAliases: e.MAX_QUERY_ALIASES,
      maxDirectives: e.MAX_QUERY_DIRECTIVES,
      maxCost: e.MAX_QUERY_COST,
    },
    maxRequestBytes: e.MAX_REQUEST_BYTES,
    rateLimits: {
      enabled: e.RATE_LIMIT === 'on',
      windowMs: e.RATE_LIMIT_WINDOW_MS,
      authenticatedMax: e.RATE_LIMIT_AUTHENTICATED,
      anonymousMax: e.RATE_LIMIT_ANONYMOUS,
      formMax: e.RATE_LIMIT_FORM_MAX,
      formWindowMs: e.RATE_LIMIT_FORM_WINDOW_MS,
      formFields: listOf(e.RATE_LIMIT_FORM_FIELDS),
      ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
      redisPrefix: e.RATE_LIMIT_REDIS_PREFIX,
    },
    trustProxy: trustProxyOf(e.TRUST_PROXY),
    subgraphUrls: subgraphUrlsOf(env),
    observability: observabilityConfigFrom(env, production),
    trustedDocuments: trustedDocumentsConfigFrom(env),
  };
}

function listOf(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** TRUST_PROXY: `true`/`false`, a hop count, or a comma list of proxy addresses/CIDRs. */
function trustProxyOf(value: string | undefined): boolean | number | string[] {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return listOf(value);
}

function bearerAuthConfig(e: z.infer<typeof envSchema>, production: boolean): BearerAuthConfig {
  const hasKeys = Boolean(e.AUTH_PUBLIC_KEY || e.AUTH_JWKS_URL);
  if (production && !e.AUTH_SECRET && !hasKeys) {
    throw new Error(
      'NODE_ENV=production needs AUTH_SECRET (32+ characters) or AUTH_PUBLIC_KEY / AUTH_JWKS_URL',
    );
  }
  if (e.AUTH_SECRET) assertProductionSecret('AUTH_SECRET', e.AUTH_SECRET, e.NODE_ENV);
  // In production HS256 is on only when a real secret was given; keys alone mean RS256 only.
  const secret = e.AUTH_SECRET ?? (production ? undefined : DEV_SECRETS.AUTH_SECRET);
  const accepted = listOf(e.AUTH_SECRET_ACCEPTED ?? '');
  for (const extra of accepted) assertProductionSecret('AUTH_SECRET_ACCEPTED', extra, e.NODE_ENV);
  return {
    ...(secret ? { secret } : {}),
    ...(secret && accepted.length > 0 ? { acceptedSecrets: accepted } : {}),
    // Env files often carry a PEM on one line with literal "\n".
    ...(e.AUTH_PUBLIC_KEY ? { publicKeyPem: e.AUTH_PUBLIC_KEY.replace(/\\n/g, '\n') } : {}),
    ...(e.AUTH_JWKS_URL ? { jwksUrl: e.AUTH_JWKS_URL } : {}),
    ...(e.AUTH_ISSUER ? { issuer: e.AUTH_ISSUER } : {}),
    ...(e.AUTH_AUDIENCE ? { audience: e.AUTH_AUDIENCE } : {}),
  };
}

function subgraphSecretOf(value: string | undefined, nodeEnv: string | undefined): string {
  assertProductionSecret('SUBGRAPH_SECRET', value, nodeEnv);
  return value ?? DEV_SECRETS.SUBGRAPH_SECRET;
}

function subgraphUrlsOf(env: Record<string, string | undefined>): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const name of Object.keys(SUBGRAPH_PORTS) as SubgraphName[]) {
    const prefix = envPrefix(name);
    const override = env[`${prefix}_URL`];
    if (override) {
      const checked = subgraphUrl.safeParse(override);
      if (!checked.success) throw new Error(`Invalid gateway configuration: ${prefix}_URL`);
      urls[name] = checked.data;
      continue;
    }
    const checkedPort = port.safeParse(env[`${prefix}_PORT`] ?? SUBGRAPH_PORTS[name]);
    if (!checkedPort.success) throw new Error(`Invalid gateway configuration: ${prefix}_PORT`);
    urls[name] = `http://127.0.0.1:${checkedPort.data}/graphql`;
  }
  return urls;
}
