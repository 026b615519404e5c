import type { DatabaseTarget, SubgraphName } from '@union/kit';
import {
  databaseTargetOf,
  describeTarget,
  dropDatabase,
  migrateSubgraph,
  openDatabase,
} from './subgraph-database';
import { SUBGRAPHS, type SeedResult } from './subgraph-registry';

export interface PrepareOptions {
  scale: number;
  /** Drop and re-create every database first. */
  reset?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Called once per subgraph as soon as it is done, so long seeds show progress. */
  onPrepared?: (prepared: PreparedSubgraph) => void;
}

export interface PreparedSubgraph {
  name: SubgraphName;
  target: DatabaseTarget;
  applied: string[];
  seed: SeedResult;
  migrateMs: number;
  seedMs: number;
}

/**
 * Migrates then seeds every subgraph's database, in registry order so a seed can use the results
 * of the ones before it. Seeds are idempotent, so this is safe on every start.
 */
export async function prepareDatabases(options: PrepareOptions): Promise<PreparedSubgraph[]> {
  const env = options.env ?? process.env;
  const upstream = new Map<SubgraphName, SeedResult>();
  const prepared: PreparedSubgraph[] = [];
  for (const entry of SUBGRAPHS) {
    const target = databaseTargetOf(entry, env);
    if (options.reset) await dropDatabase(target);
    const db = await openDatabase(target);
    try {
      const started = Date.now();
      const applied = await migrateSubgraph(entry, db);
      const migrated = Date.now();
      const seed = await entry.seed(db, { scale: options.scale, upstream });
      upstream.set(entry.name, seed);
      const done = {
        name: entry.name,
        target,
        applied,
        seed,
        migrateMs: migrated - started,
        seedMs: Date.now() - migrated,
      };
      prepared.push(done);
      options.onPrepared?.(done);
    } finally {
      await db.destroy();
    }
  }
  return prepared;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** One line per subgraph: where, what was migrated, what was seeded, how long each took; then its notes, indented. */
export function formatPrepared(p: PreparedSubgraph): string {
  const migrated =
    p.applied.length > 0 ? `applied ${p.applied.length} migration(s)` : 'migrations up to date';
  const counts = Object.entries(p.seed.counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const seeded = p.seed.created ? `seeded in ${seconds(p.seedMs)}` : 'already seeded';
  const notes = (p.seed.notes ?? []).map((n) => `\n  ${n}`).join('');
  return `${p.name} (${describeTarget(p.target)}): ${migrated} in ${seconds(p.migrateMs)}; ${seeded}: ${counts}${notes}`;
}
