import type { DatabaseTarget } from '@union/kit';
import type { Database } from '@union/organizations';
import type { Kysely } from 'kysely';
import { analyzeTables, countRows, migrateTimed, seedTimed, type RowCounts } from './bench-database';
import { loadFixtures, type Fixtures } from './fixtures';
import type { MemoryPeak, MemorySampler } from './memory';
import { int, seconds } from './report';

export interface SetupStep {
  phase: string;
  ms: number;
  rows: number;
  peak: MemoryPeak;
}

export interface PreparedData {
  steps: SetupStep[];
  rows: RowCounts;
  fixtures: Fixtures;
}

const perSecond = (rows: number, ms: number) => int(rows / (ms / 1000));

/**
 * Migrates (0002 loads ~45k regions) and seeds, timing each and reading the row counts back with
 * SQL. Returns only counts and the sampled keys: the seed's own 110k-row summary is dropped here,
 * so it does not sit in the heap while memory is measured.
 */
export async function prepareBenchData(
  db: Kysely<Database>,
  target: DatabaseTarget,
  scale: number,
  memory: MemorySampler,
): Promise<PreparedData> {
  memory.takePhase();
  const migrated = await migrateTimed(db);
  const migratePeak = memory.takePhase();
  const { regions } = await countRows(db);
  console.log(
    `migrate: ${migrated.result.join(', ')} in ${seconds(migrated.ms)} ` +
      `(${int(regions)} regions, ${perSecond(regions, migrated.ms)} rows/s)`,
  );

  const seeded = await seedTimed(db, scale);
  const seedPeak = memory.takePhase();
  const rows = await countRows(db);
  const written = rows.organizations + rows.employers + rows.workerHomes;
  console.log(
    `seed: ${int(written)} rows in ${seconds(seeded.ms)} = ${perSecond(written, seeded.ms)} rows/s ` +
      `(organizations ${int(rows.organizations)}, employers ${int(rows.employers)}, ` +
      `workers' homes ${int(rows.workerHomes)}; grassroots unions ${int(seeded.result.counts.grassroots)})`,
  );
  if (await analyzeTables(db, target)) console.log('ANALYZE TABLE after the bulk load: done');

  return {
    steps: [
      { phase: 'migrate (incl. regions)', ms: migrated.ms, rows: regions, peak: migratePeak },
      { phase: 'seed', ms: seeded.ms, rows: written, peak: seedPeak },
    ],
    rows,
    fixtures: await loadFixtures(db, seeded.result.grassroots),
  };
}
