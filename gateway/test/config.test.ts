import path from 'node:path';
import { DEV_SECRETS } from '@union/kit';
import { loadGatewayConfig } from '../src';

const STRONG = 'a-strong-production-secret-0123456789';
const REPO_ROOT = path.resolve(__dirname, '../..');

describe('loadGatewayConfig', () => {
  it('has the runtime-contract defaults for development', () => {
    expect(loadGatewayConfig({})).toEqual({
      port: 4000,
      host: '0.0.0.0',
      production: false,
      introspection: true,
      graphiql: true,
      logLevel: 'info',
      auth: { secret: DEV_SECRETS.AUTH_SECRET },
      subgraphSecret: DEV_SECRETS.SUBGRAPH_SECRET,
      supergraphPath: path.join(REPO_ROOT, 'schema/supergraph.graphql'),
      supergraphPollMs: 1000,
      subgraphTimeoutMs: 10000,
      corsOrigins: ['*'],
      queryLimits: {
        maxTokens: 2000,
        maxFields: 250,
        maxDepth: 15,
        maxAliases: 30,
        maxDirectives: 50,
        maxCost: 20000,
      },
      maxRequestBytes: 262144,
      rateLimits: {
        enabled: true,
        windowMs: 60000,
        authenticatedMax: 600,
        anonymousMax: 120,
        formMax: 10,
        formWindowMs: 600000,
        formFields: ['submitMembershipApplication', 'submitAppeal', 'appealStatus'],
        redisPrefix: 'union:rate-limit:',
      },
      trustProxy: false,
      subgraphUrls: {
        organizations: 'http://127.0.0.1:4001/graphql',
        members: 'http://127.0.0.1:4002/graphql',
        services: 'http://127.0.0.1:4003/graphql',
        'labor-relations': 'http://127.0.0.1:4004/graphql',
      },
      observability: { metricsEnabled: true, metrics: { onMainPort: true }, tracing: { enabled: true } },
      trustedDocuments: {
        mode: 'allow',
        manifestPath: path.join(REPO_ROOT, 'schema/operations/manifest.json'),
        pollMs: 1000,
      },
    });
  });

  it('reads the observability settings: METRICS, METRICS_PORT, OTEL_*; /metrics off the public port in production', () => {
    const config = loadGatewayConfig({
      METRICS_PORT: '9464',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318',
    });
    expect(config.observability).toEqual({
      metricsEnabled: true,
      metrics: { port: 9464, onMainPort: true },
      tracing: { enabled: true, otlpEndpoint: 'http://otel-collector:4318' },
    });
    expect(loadGatewayConfig({ METRICS: 'off', OTEL_SDK_DISABLED: 'true' }).observability).toMatchObject({
      metricsEnabled: false,
      tracing: { enabled: false },
    });
    expect(() => loadGatewayConfig({ METRICS_PORT: 'ninety' })).toThrow(/METRICS_PORT/);
    expect(() => loadGatewayConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'otel:4318' })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT/,
    );
  });

  it('takes the abuse limits, rate limits, Redis and trusted proxies from the environment', () => {
    const config = loadGatewayConfig({
      MAX_QUERY_TOKENS: '500',
      MAX_REQUEST_BYTES: '1024',
      RATE_LIMIT: 'off',
      RATE_LIMIT_FORM_FIELDS: ' submitAppeal , registerVisitor,',
      REDIS_URL: 'redis://10.0.0.5:6379/2',
      TRUST_PROXY: '10.0.0.0/8, 192.168.1.1',
    });
    expect(config.queryLimits.maxTokens).toBe(500);
    expect(config.maxRequestBytes).toBe(1024);
    expect(config.rateLimits).toMatchObject({
      enabled: false,
      formFields: ['submitAppeal', 'registerVisitor'],
      redisUrl: 'redis://10.0.0.5:6379/2',
    });
    expect(config.trustProxy).toEqual(['10.0.0.0/8', '192.168.1.1']);
    expect(loadGatewayConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(() => loadGatewayConfig({ REDIS_URL: 'http://cache:6379' })).toThrow(/REDIS_URL/);
  });

  it('takes ports, URLs, paths and timeouts from the environment', () => {
    const config = loadGatewayConfig({
      GATEWAY_PORT: '8080',
      HOST: '127.0.0.1',
      MEMBERS_PORT: '5002',
      LABOR_RELATIONS_URL: 'http://labor.internal:9000/graphql',
      SUPERGRAPH_PATH: '/etc/union/supergraph.graphql',
      SUBGRAPH_TIMEOUT_MS: '2500',
      AUTH_ISSUER: 'https://sso.example',
      AUTH_AUDIENCE: 'union',
      AUTH_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\\nAAAA\\n-----END PUBLIC KEY-----',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      supergraphPath: '/etc/union/supergraph.graphql',
      subgraphTimeoutMs: 2500,
    });
    expect(config.subgraphUrls.members).toBe('http://127.0.0.1:5002/graphql');
    expect(config.subgraphUrls['labor-relations']).toBe('http://labor.internal:9000/graphql');
    expect(config.auth).toEqual({
      secret: DEV_SECRETS.AUTH_SECRET,
      publicKeyPem: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----',
      issuer: 'https://sso.example',
      audience: 'union',
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadGatewayConfig({ GATEWAY_PORT: '', AUTH_SECRET: '' })).toMatchObject({
      port: 4000,
      auth: { secret: DEV_SECRETS.AUTH_SECRET },
    });
  });

  it('names invalid variables without echoing their values', () => {
    expect(() => loadGatewayConfig({ GATEWAY_PORT: 'forty', SUBGRAPH_TIMEOUT_MS: '-1' })).toThrow(
      'Invalid gateway configuration: GATEWAY_PORT, SUBGRAPH_TIMEOUT_MS',
    );
    expect(() => loadGatewayConfig({ AUTH_JWKS_URL: 'file:///etc/passwd' })).toThrow(/AUTH_JWKS_URL$/);
    expect(() => loadGatewayConfig({ MEMBERS_URL: 'not a url' })).toThrow(
      'Invalid gateway configuration: MEMBERS_URL',
    );
    expect(() => loadGatewayConfig({ SERVICES_PORT: '70000' })).toThrow(
      'Invalid gateway configuration: SERVICES_PORT',
    );
  });

  describe('in production', () => {
    const prod = (env: NodeJS.ProcessEnv) => loadGatewayConfig({ NODE_ENV: 'production', ...env });

    it('turns introspection off and keeps HS256 with a strong secret', () => {
      expect(prod({ AUTH_SECRET: STRONG, SUBGRAPH_SECRET: STRONG })).toMatchObject({
        production: true,
        introspection: false,
        auth: { secret: STRONG },
        subgraphSecret: STRONG,
      });
    });

    it('refuses to start without any way to verify tokens', () => {
      expect(() => prod({ SUBGRAPH_SECRET: STRONG })).toThrow(
        /AUTH_SECRET .* or AUTH_PUBLIC_KEY \/ AUTH_JWKS_URL/,
      );
    });

    it.each([
      [
        'the development AUTH_SECRET',
        { AUTH_SECRET: DEV_SECRETS.AUTH_SECRET, SUBGRAPH_SECRET: STRONG },
        /AUTH_SECRET/,
      ],
      ['a short AUTH_SECRET', { AUTH_SECRET: 'short', SUBGRAPH_SECRET: STRONG }, /AUTH_SECRET/],
      ['no SUBGRAPH_SECRET', { AUTH_SECRET: STRONG }, /SUBGRAPH_SECRET/],
      [
        'the development SUBGRAPH_SECRET',
        { AUTH_SECRET: STRONG, SUBGRAPH_SECRET: DEV_SECRETS.SUBGRAPH_SECRET },
        /SUBGRAPH_SECRET/,
      ],
      [
        'the development AUTH_SECRET beside a JWKS',
        {
          AUTH_SECRET: DEV_SECRETS.AUTH_SECRET,
          AUTH_JWKS_URL: 'https://sso.example/jwks',
          SUBGRAPH_SECRET: STRONG,
        },
        /AUTH_SECRET/,
      ],
    ])('refuses %s', (_name, env, message) => {
      expect(() => prod(env)).toThrow(message);
    });

    it('runs RS256 only when just keys are configured', () => {
      const config = prod({ AUTH_JWKS_URL: 'https://sso.example/jwks', SUBGRAPH_SECRET: STRONG });
      expect(config.auth).toEqual({ jwksUrl: 'https://sso.example/jwks' });
    });
  });
});
