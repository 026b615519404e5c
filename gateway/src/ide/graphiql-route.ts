import type { Logger } from '@union/kit';
import type { FastifyInstance } from 'fastify';
import { loadGraphiqlBundle, GRAPHIQL_ASSETS_DIR } from './graphiql-assets';
import { GRAPHIQL_ASSET_PATH, GRAPHIQL_CSP, renderGraphiqlPage } from './graphiql-page';
import { savedOperations, DEFAULT_OPERATIONS_DIR } from './saved-operations';

export interface GraphiqlRouteOptions {
  logger: Logger;
  /** Production keeps tokens out of localStorage; development remembers the headers panel. */
  production: boolean;
  /** The GraphQL route the page is served on (the kit's). */
  graphqlPath?: string;
  assetsDir?: string;
  operationsDir?: string;
}

/**
 * GraphiQL for browsers: GET /graphql with an Accept that prefers HTML answers the IDE page (before
 * authentication, like any static page; the IDE's own requests carry the headers the user sets);
 * GET with a query and POST reach Apollo as before. The bundle is served under /graphiql/.
 * Must be called from the kit's `configure` hook, before the /graphql route exists.
 */
export function installGraphiql(app: FastifyInstance, options: GraphiqlRouteOptions): void {
  const graphqlPath = options.graphqlPath ?? '/graphql';
  const bundle = loadGraphiqlBundle(options.assetsDir ?? GRAPHIQL_ASSETS_DIR);
  const page = bundle
    ? renderGraphiqlPage({
        manifest: bundle.manifest,
        operations: savedOperations(options.operationsDir ?? DEFAULT_OPERATIONS_DIR),
        shouldPersistHeaders: !options.production,
      })
    : undefined;
  if (!page) {
    options.logger.warn(
      'GraphiQL is enabled but its bundle was never built (npm run build -w @union/gateway)',
    );
  }

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || pathOf(request.url) !== graphqlPath) return;
    if (!prefersHtml(request.headers.accept)) return;
    reply
      .header('cache-control', 'no-cache')
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .type('text/html; charset=utf-8');
    if (!page) {
      return reply
        .code(503)
        .send(
          '<!doctype html><title>GraphiQL</title><p>GraphiQL was not built: run <code>npm run build</code>.</p>',
        );
    }
    return reply.header('content-security-policy', GRAPHIQL_CSP).code(200).send(page);
  });

  const assetsPrefix = `${graphqlPath.slice(0, graphqlPath.lastIndexOf('/') + 1)}${GRAPHIQL_ASSET_PATH}`;
  app.get<{ Params: { file: string } }>(`${assetsPrefix}/:file`, async (request, reply) => {
    const asset = bundle?.assets.get(request.params.file);
    if (!asset) return reply.code(404).send({ error: 'Not Found' });
    // Names carry a content hash: a new build is a new URL, so a cached copy is never stale.
    reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .header('vary', 'accept-encoding')
      .type(asset.contentType);
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      return reply.header('content-encoding', 'gzip').send(await asset.gzipped());
    }
    return reply.send(asset.body);
  });
}

function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/**
 * A browser navigating (text/html first) rather than a GraphQL client (application/json,
 * application/graphql-response+json, or curl's bare * / *): the same test Apollo uses for its page.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  let html = 0;
  let json = 0;
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) || 0 : 1;
    const mediaType = type.trim();
    if (mediaType === 'text/html') html = Math.max(html, q);
    else if (mediaType === 'application/json' || mediaType === 'application/graphql-response+json')
      json = Math.max(json, q);
  }
  return html > 0 && html >= json;
}
