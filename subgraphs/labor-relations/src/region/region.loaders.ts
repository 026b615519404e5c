import { groupBy } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { LaborMetric } from '../stats/labor-counters.table';
import { laborCounterSums, type LaborCounterSums } from '../stats/labor-figures.repository';

export function createRegionLoaders(db: Kysely<Database>, asOf: string) {
  return {
    /*
     * One load per (region code, metric) a selected LaborStats field needs; all loads of a request
     * are one statement over the counters, and metrics no selected field needs are not read.
     */
    laborCounters: new DataLoader(async (keys: readonly string[]): Promise<LaborCounterSums[][]> => {
      const pairs = keys.map((k) => k.split('|') as [string, LaborMetric]);
      const rows = await laborCounterSums(
        db,
        pairs.map((p) => p[0]),
        pairs.map((p) => p[1]),
        asOf,
      );
      return groupBy(keys, rows, (r) => `${r.region_code}|${r.metric}`);
    }),
  };
}
