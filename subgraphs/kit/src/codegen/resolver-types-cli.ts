/*
 * `node ../kit/dist/codegen/resolver-types-cli.js [--check] [--quiet]`, run in a subgraph package
 * (its `build`, before `tsc`): writes src/generated/resolvers-types.ts from src/schema.graphql and
 * resolver-types.json (docs/architecture.md §1.1). `--check` writes nothing and exits 1 when stale.
 * `--quiet` prints only the path written or stale (root `npm run codegen` collects them).
 */
import path from 'node:path';
import { resolverTypesFile, resolverTypesFresh, writeResolverTypes } from './resolver-types';

async function main(): Promise<void> {
  const packageDir = process.cwd();
  const { file } = await resolverTypesFile(packageDir);
  const shown = path.relative(packageDir, file);
  const quiet = process.argv.includes('--quiet');
  if (process.argv.includes('--check')) {
    if (await resolverTypesFresh(packageDir)) return;
    if (quiet) process.stdout.write(`${shown}\n`);
    else process.stderr.write(`stale (run \`npm run build\` and commit): ${shown}\n`);
    process.exitCode = 1;
    return;
  }
  if (await writeResolverTypes(packageDir)) process.stdout.write(quiet ? `${shown}\n` : `wrote ${shown}\n`);
}

main().catch((error) => {
  process.stderr.write(`resolver types: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
