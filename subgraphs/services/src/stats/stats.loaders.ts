import { coversRegion, forbidden, type Scope } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { Facts } from '../facts/facts';
import { statsForOrganizations, statsForRegions } from './service-stats.repository';

const thisYear = () => new Date().getUTCFullYear();

export function createStatsLoaders(db: Kysely<Database>, facts: Facts) {
  return {
    regionStats: new DataLoader(async (codes: readonly string[]) => {
      const stats = await statsForRegions(db, codes, thisYear());
      return codes.map((c) => stats.get(c)!);
    }),
    organizationStats: new DataLoader(async (ids: readonly string[]) => {
      const stats = await statsForOrganizations(db, ids, thisYear());
      return ids.map((id) => stats.get(id)!);
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
