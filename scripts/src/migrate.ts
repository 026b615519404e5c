/*
 * `npm run migrate`: brings every subgraph's database to the latest migration, creating the
 * database (MySQL) or file (SQLite) when missing. DATABASE_URL / <SUBGRAPH>_DATABASE_URL as in
 * docs/architecture.md §2; the default sqlite:.data is the repository's .data directory.
 */
import { applyDatabaseDefault } from './repo-root';
import { databaseTargetOf, describeTarget, migrateSubgraph, openDatabase } from './subgraph-database';
import { SUBGRAPHS } from './subgraph-registry';

async function main(): Promise<void> {
  applyDatabaseDefault();
  for (const entry of SUBGRAPHS) {
    const target = databaseTargetOf(entry);
    const db = await openDatabase(target);
    try {
      const applied = await migrateSubgraph(entry, db);
      const what = applied.length > 0 ? `applied ${applied.join(', ')}` : 'already up to date';
      console.log(`${entry.name} (${describeTarget(target)}): ${what}`);
    } finally {
      await db.destroy();
    }
  }
}

main().catch((error: unknown) => {
  console.error(`migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
