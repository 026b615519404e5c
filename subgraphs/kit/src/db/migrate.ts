import { Migrator, NO_MIGRATIONS, type Kysely, type Migration } from 'kysely';

/** Runs every pending migration of a subgraph; migrations are a static name → module map (frozen in time). */
export async function migrateToLatest(
  db: Kysely<any>,
  migrations: Record<string, Migration>,
): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? 'unknown');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}

/** Rolls back the most recent migration (tests exercise every `down`). */
export async function migrateDown(db: Kysely<any>, migrations: Record<string, Migration>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateDown();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

function migratorFor(db: Kysely<any>, migrations: Record<string, Migration>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

function check(step: string, outcome: Awaited<ReturnType<Migrator['migrateTo']>>): string[] {
  const failed = outcome.results?.find((r) => r.status === 'Error');
  if (outcome.error || failed) {
    const cause = outcome.error instanceof Error ? outcome.error.message : String(outcome.error ?? 'unknown');
    throw new Error(`${step}: migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
  return (outcome.results ?? []).map((r) => r.migrationName);
}

/**
 * Migrates up or down until `target` is the newest applied migration; `null` rolls every migration
 * back. Returns the names that ran, in the order they ran.
 */
export async function migrateTo(
  db: Kysely<any>,
  migrations: Record<string, Migration>,
  target: string | null,
): Promise<string[]> {
  if (target !== null && !(target in migrations)) throw new Error(`No migration named ${target}`);
  const outcome = await migratorFor(db, migrations).migrateTo(target ?? NO_MIGRATIONS);
  return check(`migrateTo(${target ?? 'none'})`, outcome);
}

/** The migration just before `name` in the map's order, or null when `name` is the first. */
export function migrationBefore(migrations: Record<string, Migration>, name: string): string | null {
  const names = Object.keys(migrations).sort();
  const i = names.indexOf(name);
  if (i < 0) throw new Error(`No migration named ${name}`);
  return i === 0 ? null : names[i - 1]!;
}

/**
 * The test of a data migration (one that moves or backfills rows): migrates to the step before
 * `migration`, lets `seed` write rows in the schema of that time, then applies `migration` alone, so
 * the caller asserts what it did with those rows. `migrateToLatest` afterwards applies the rest.
 */
export async function migrateWithRows(
  db: Kysely<any>,
  migrations: Record<string, Migration>,
  migration: string,
  seed: (db: Kysely<any>) => Promise<void>,
): Promise<void> {
  await migrateTo(db, migrations, migrationBefore(migrations, migration));
  await seed(db);
  await migrateTo(db, migrations, migration);
}

/**
 * Up all, down all, up all: every `up` runs on an empty database and again after its own `down`, and
 * every `down` runs (`migrateDown` alone rolls back the newest only). Returns the tables left after
 * the full rollback (kysely's own excluded), which a caller expects to be empty.
 */
export async function migrationRoundTrip(
  db: Kysely<any>,
  migrations: Record<string, Migration>,
): Promise<{ leftAfterDown: string[] }> {
  await migrateToLatest(db, migrations);
  await migrateTo(db, migrations, null);
  const leftAfterDown = (await db.introspection.getTables())
    .map((t) => t.name)
    .filter((n) => !n.startsWith('kysely_'))
    .sort();
  const again = await migrateToLatest(db, migrations);
  if (again.length !== Object.keys(migrations).length) {
    throw new Error(`Round trip applied ${again.length} of ${Object.keys(migrations).length} migrations`);
  }
  return { leftAfterDown };
}
