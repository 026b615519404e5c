import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

/** Where `npm run build` puts the bundled IDE (the same place whether this runs from src or dist). */
export const GRAPHIQL_ASSETS_DIR = path.resolve(__dirname, '../../dist/graphiql');
export const GRAPHIQL_MANIFEST = 'manifest.json';

/** The content-hashed file names of one build of the IDE. */
export interface GraphiqlManifest {
  js: string;
  css: string;
  workers: { editor: string; json: string; graphql: string };
}

export interface GraphiqlAsset {
  body: Buffer;
  contentType: string;
  /** Compressed on first request and kept: the bundle is ~7 MB and ~2 MB gzipped. */
  gzipped(): Promise<Buffer>;
}

export interface GraphiqlBundle {
  manifest: GraphiqlManifest;
  /** By file name; nothing outside the manifest is ever served. */
  assets: Map<string, GraphiqlAsset>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

const gzipAsync = promisify(gzip);
const loaded = new Map<string, GraphiqlBundle | null>();

/**
 * The built IDE, read once per process (every gateway in a test run shares it), or null when it was
 * never built: `tsc` alone does not bundle it, `npm run build` does.
 */
export function loadGraphiqlBundle(dir = GRAPHIQL_ASSETS_DIR): GraphiqlBundle | null {
  if (loaded.has(dir)) return loaded.get(dir)!;
  let bundle: GraphiqlBundle | null = null;
  const manifestPath = path.join(dir, GRAPHIQL_MANIFEST);
  if (fs.existsSync(manifestPath)) {
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as GraphiqlManifest;
    const assets = new Map<string, GraphiqlAsset>();
    for (const name of [manifest.js, manifest.css, ...Object.values(manifest.workers)]) {
      const body = fs.readFileSync(path.join(dir, name));
      let compressed: Promise<Buffer> | undefined;
      assets.set(name, {
        body,
        contentType: CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream',
        gzipped: () => (compressed ??= gzipAsync(body)),
      });
    }
    bundle = { manifest, assets };
  }
  loaded.set(dir, bundle);
  return bundle;
}
