import { coversRegion, forbidden, groupBy, type Scope } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { Facts } from '../facts/facts';
import type { CounterRow, ServiceMetric } from './service-counters.table';
import { counterRows } from './service-figures.repository';

const thisYear = () => String(new Date().getUTCFullYear());

/** What Region.serviceStats and Organization.serviceStats resolve to: whose figures, for which year. */
export interface ServiceStatsHandle {
  holder: string;
  year: string;
}

export function createStatsLoaders(db: Kysely<Database>, facts: Facts) {
  const year = thisYear();
  return {
    statsYear: year,
    /*
     * One load per (holder, metric) a selected field needs; all loads of a request are one
     * statement, and a metric no selected field needs is not read (docs/architecture.md §7).
     */
    serviceCounters: new DataLoader(async (keys: readonly string[]): Promise<CounterRow[][]> => {
      const pairs = keys.map((k) => k.split('|') as [string, ServiceMetric]);
      const rows = await counterRows(
        db,
        pairs.map((p) => p[0]),
        pairs.map((p) => p[1]),
        year,
      );
      return groupBy(keys, rows, (r) => `${r.holder}|${r.metric}`);
    }),
    /** Organization figures need the organization's region to check jurisdiction (asked from its owner). */
    organizationRegion: (id: string) => facts.organization(id),
  };
}

/** Whole-organization figures: its ORG_ADMIN, or a jurisdiction covering its region. */
export function assertCoversOrganization(scope: Scope, org: { id: string; regionCode: string }): void {
  if (scope.kind === 'ORG' && scope.orgId === org.id) return;
  if (coversRegion(scope, org.regionCode)) return;
  throw forbidden('Organization figures are outside your jurisdiction');
}
