import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { toCounter, type CounterRow, type ServiceMetric } from './service-counters.table';

/*
 * The counter rows of many holders (region codes or organization ids) for the metrics a query
 * selected, in one statement over the primary key: a region's figures are its own rows (a few
 * dozen), never a sum over what lies below it.
 */
export async function counterRows(
  db: Kysely<Database>,
  holders: readonly string[],
  metrics: readonly ServiceMetric[],
  year: string,
): Promise<CounterRow[]> {
  if (holders.length === 0 || metrics.length === 0) return [];
  const rows = await db
    .selectFrom('service_counters')
    .select(['holder', 'metric', 'value', 'bucket', 'n'])
    .where('holder', 'in', [...new Set(holders)])
    .where('metric', 'in', [...new Set(metrics)])
    .where('bucket', 'in', ['', year])
    .execute();
  return rows.map(toCounter);
}
