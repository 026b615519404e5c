import { assertProductionSecret, DEV_SECRETS, loadSubgraphConfig, SUBGRAPH_PORTS } from '../src';

const STRONG = 'a-strong-subgraph-secret-of-40-characters!!';

describe('loadSubgraphConfig', () => {
  it('uses the runtime contract defaults', () => {
    const config = loadSubgraphConfig('labor-relations', {});
    expect(config).toEqual({
      name: 'labor-relations',
      port: 4004,
      host: '0.0.0.0',
      databaseUrl: 'sqlite:.data',
      subgraphSecret: DEV_SECRETS.SUBGRAPH_SECRET,
      production: false,
      logLevel: 'info',
      subgraphUrls: {
        organizations: 'http://127.0.0.1:4001/graphql',
        members: 'http://127.0.0.1:4002/graphql',
        services: 'http://127.0.0.1:4003/graphql',
        'labor-relations': 'http://127.0.0.1:4004/graphql',
      },
      contextVerification: { maxLifetimeSeconds: 120, acceptedSecrets: [] },
      // Metrics on, on the main port (development), no METRICS_PORT; tracing on, nothing exported.
      observability: { metricsEnabled: true, metrics: { onMainPort: true }, tracing: { enabled: true } },
    });
    expect(SUBGRAPH_PORTS).toEqual({
      organizations: 4001,
      members: 4002,
      services: 4003,
      'labor-relations': 4004,
    });
  });

  it('lets an operator lower the context-token lifetime, never raise it above two minutes', () => {
    expect(
      loadSubgraphConfig('members', { CONTEXT_MAX_LIFETIME_SECONDS: '30' }).contextVerification
        .maxLifetimeSeconds,
    ).toBe(30);
    expect(() => loadSubgraphConfig('members', { CONTEXT_MAX_LIFETIME_SECONDS: '3600' })).toThrow();
    expect(() => loadSubgraphConfig('members', { CONTEXT_MAX_LIFETIME_SECONDS: 'soon' })).toThrow();
  });

  it('reads the secrets accepted during a SUBGRAPH_SECRET rotation, and refuses weak ones in production', () => {
    const other = 'another-strong-subgraph-secret-0123456789';
    expect(
      loadSubgraphConfig('members', { SUBGRAPH_SECRET_ACCEPTED: ` ${STRONG} ,${other}` }).contextVerification
        .acceptedSecrets,
    ).toEqual([STRONG, other]);
    expect(() =>
      loadSubgraphConfig('members', {
        NODE_ENV: 'production',
        SUBGRAPH_SECRET: STRONG,
        SUBGRAPH_SECRET_ACCEPTED: 'short',
      }),
    ).toThrow('SUBGRAPH_SECRET_ACCEPTED');
  });

  it('reads port, URL, database and log overrides from the environment', () => {
    const config = loadSubgraphConfig('organizations', {
      ORGANIZATIONS_PORT: '5101',
      LABOR_RELATIONS_PORT: '5104',
      MEMBERS_URL: 'http://members.internal:8080/graphql',
      DATABASE_URL: 'mysql://root@db:3306',
      ORGANIZATIONS_DATABASE_URL: 'sqlite:/srv/org',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
      SUBGRAPH_SECRET: STRONG,
    });
    expect(config.port).toBe(5101);
    expect(config.host).toBe('127.0.0.1');
    expect(config.databaseUrl).toBe('sqlite:/srv/org');
    expect(config.logLevel).toBe('debug');
    expect(config.subgraphSecret).toBe(STRONG);
    expect(config.subgraphUrls).toEqual({
      organizations: 'http://127.0.0.1:5101/graphql',
      members: 'http://members.internal:8080/graphql',
      services: 'http://127.0.0.1:4003/graphql',
      'labor-relations': 'http://127.0.0.1:5104/graphql',
    });
  });

  it.each(['abc', '70000', '-1', '80.5'])('refuses the port %p', (port) => {
    expect(() => loadSubgraphConfig('members', { MEMBERS_PORT: port })).toThrow();
  });

  it('accepts a development secret outside production', () => {
    expect(loadSubgraphConfig('members', { NODE_ENV: 'development' }).subgraphSecret).toBe(
      DEV_SECRETS.SUBGRAPH_SECRET,
    );
  });

  it.each([
    ['missing', {}],
    ['the development default', { SUBGRAPH_SECRET: DEV_SECRETS.SUBGRAPH_SECRET }],
    ['the gateway development default', { SUBGRAPH_SECRET: DEV_SECRETS.AUTH_SECRET }],
    ['short', { SUBGRAPH_SECRET: 'x'.repeat(31) }],
    ['empty', { SUBGRAPH_SECRET: '' }],
  ])('refuses to start in production with a %s SUBGRAPH_SECRET', (_label, env) => {
    expect(() => loadSubgraphConfig('members', { NODE_ENV: 'production', ...env })).toThrow(
      /SUBGRAPH_SECRET/,
    );
  });

  it('starts in production with a strong secret', () => {
    const config = loadSubgraphConfig('services', { NODE_ENV: 'production', SUBGRAPH_SECRET: STRONG });
    expect(config).toMatchObject({ production: true, subgraphSecret: STRONG, port: 4003 });
  });
});

describe('assertProductionSecret', () => {
  it('only applies in production', () => {
    expect(() => assertProductionSecret('AUTH_SECRET', undefined, undefined)).not.toThrow();
    expect(() => assertProductionSecret('AUTH_SECRET', 'short', 'test')).not.toThrow();
  });

  it('names the offending variable without echoing its value', () => {
    expect(() => assertProductionSecret('AUTH_SECRET', DEV_SECRETS.AUTH_SECRET, 'production')).toThrow(
      'AUTH_SECRET must be set to a strong secret (32+ characters) when NODE_ENV=production',
    );
    try {
      assertProductionSecret('AUTH_SECRET', 'short-secret', 'production');
    } catch (e) {
      expect((e as Error).message).not.toContain('short-secret');
    }
  });

  it('accepts exactly 32 characters', () => {
    expect(() => assertProductionSecret('AUTH_SECRET', 'y'.repeat(32), 'production')).not.toThrow();
    expect(() => assertProductionSecret('AUTH_SECRET', 'y'.repeat(31), 'production')).toThrow();
  });
});
