import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
// A devDependency: only this build step loads it (the server imports graphiql-assets, not this file).
import { build } from 'esbuild';
import { GRAPHIQL_ASSETS_DIR, GRAPHIQL_MANIFEST, type GraphiqlManifest } from './graphiql-assets';

const GATEWAY_ROOT = path.resolve(__dirname, '../..');
const CLIENT_ENTRY = path.join(GATEWAY_ROOT, 'src/ide/client/graphiql-app.tsx');
/* Monaco runs its language services in workers; each is its own script, named by Monaco's label. */
const WORKERS = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};

/**
 * Bundles GraphiQL and its Monaco workers into `outDir` (fonts and images inlined as data URLs),
 * with content-hashed names so that browsers may cache them for good. Runs at build time only:
 * esbuild, graphiql and react are devDependencies; a deployed gateway serves the files.
 */
export async function buildGraphiqlAssets(outDir = GRAPHIQL_ASSETS_DIR): Promise<GraphiqlManifest> {
  fs.rmSync(outDir, { recursive: true, force: true });
  const common = {
    absWorkingDir: GATEWAY_ROOT,
    bundle: true,
    minify: true,
    format: 'iife' as const,
    target: 'es2022',
    legalComments: 'none' as const,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning' as const,
    write: false,
  };
  const app = await build({
    ...common,
    entryPoints: { ide: CLIENT_ENTRY },
    outdir: outDir,
    jsx: 'automatic',
    loader: {
      '.ttf': 'dataurl',
      '.woff': 'dataurl',
      '.woff2': 'dataurl',
      '.svg': 'dataurl',
      '.png': 'dataurl',
    },
  });
  const workers = await build({ ...common, entryPoints: WORKERS, outdir: outDir });

  fs.mkdirSync(outDir, { recursive: true });
  const named = (file: { path: string; contents: Uint8Array }) => {
    const ext = path.extname(file.path);
    const hash = createHash('sha256').update(file.contents).digest('hex').slice(0, 12);
    const name = `${path.basename(file.path, ext)}.${hash}${ext}`;
    fs.writeFileSync(path.join(outDir, name), file.contents);
    return name;
  };
  const find = (files: { path: string; contents: Uint8Array }[] | undefined, base: string) => {
    const file = files?.find((f) => path.basename(f.path) === base);
    if (!file) throw new Error(`esbuild produced no ${base}`);
    return named(file);
  };
  const manifest: GraphiqlManifest = {
    js: find(app.outputFiles, 'ide.js'),
    css: find(app.outputFiles, 'ide.css'),
    workers: {
      editor: find(workers.outputFiles, 'editor.worker.js'),
      json: find(workers.outputFiles, 'json.worker.js'),
      graphql: find(workers.outputFiles, 'graphql.worker.js'),
    },
  };
  fs.writeFileSync(path.join(outDir, GRAPHIQL_MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

if (require.main === module) {
  buildGraphiqlAssets().then(
    (manifest) =>
      process.stdout.write(
        `GraphiQL assets: ${Object.values(manifest)
          .flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)))
          .join(' ')}\n`,
      ),
    (error: unknown) => {
      process.stderr.write(
        `GraphiQL build failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
