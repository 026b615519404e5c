import path from 'node:path';

/** The repository root, from both scripts/src (ts-jest) and scripts/dist (node): never the cwd. */
export const REPO_ROOT = path.resolve(__dirname, '../..');

/**
 * docs/architecture.md §2 default database `sqlite:.data`, anchored at the repository root so `npm start`,
 * `npm run migrate` and `npm run seed` use the same files whatever directory they run from.
 * An explicit DATABASE_URL is left exactly as given.
 */
export function applyDatabaseDefault(env: NodeJS.ProcessEnv = process.env): void {
  if (!env.DATABASE_URL) env.DATABASE_URL = `sqlite:${path.join(REPO_ROOT, '.data')}`;
}
