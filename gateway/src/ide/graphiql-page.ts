import type { GraphiqlManifest } from './graphiql-assets';
import type { SavedOperation } from './saved-operations';

/** Where the IDE's files are served, next to /graphql; the page refers to them relatively. */
export const GRAPHIQL_ASSET_PATH = 'graphiql';

/**
 * The browser may fetch from this origin only (plus inline data: fonts and images), so even a
 * GraphiQL update that adds a CDN link could not make a request leave the machine unnoticed.
 * Monaco and React set inline styles; no inline script is needed (the config is JSON).
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface GraphiqlPageOptions {
  manifest: GraphiqlManifest;
  operations: SavedOperation[];
  /** Keep the headers panel (bearer tokens) in the browser's localStorage across visits. */
  shouldPersistHeaders: boolean;
  title?: string;
}

/** The HTML shell served on GET /graphql to a browser; every URL in it is relative to the page. */
export function renderGraphiqlPage(options: GraphiqlPageOptions): string {
  const title = options.title ?? 'Union supergraph';
  const asset = (name: string) => `${GRAPHIQL_ASSET_PATH}/${name}`;
  const config = {
    title,
    workers: {
      editor: asset(options.manifest.workers.editor),
      json: asset(options.manifest.workers.json),
      graphql: asset(options.manifest.workers.graphql),
    },
    tabs: options.operations.map((op) => ({
      query: op.query,
      ...(op.variables ? { variables: op.variables } : {}),
    })),
    shouldPersistHeaders: options.shouldPersistHeaders,
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} · GraphiQL</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${asset(options.manifest.css)}" />
    <style>html, body, #graphiql { height: 100%; margin: 0; } .graphiql-logo { white-space: nowrap; }</style>
  </head>
  <body>
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="graphiql"></div>
    <script id="graphiql-config" type="application/json">${jsonForScript(config)}</script>
    <script src="${asset(options.manifest.js)}"></script>
  </body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON inside <script>: `</script>` or `<!--` in an operation's text must not end the element. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
