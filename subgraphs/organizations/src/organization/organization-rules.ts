import type { RegionLevel } from '../region/region.table';
import type { OrganizationKind, OrganizationLevel } from './organization.table';

/** Which kinds may sit directly under which (the union hierarchy of docs/architecture.md §5). */
export const ALLOWED_PARENT_KINDS: Readonly<Record<OrganizationKind, readonly OrganizationKind[]>> = {
  FEDERATION: ['FEDERATION'],
  INDUSTRY_UNION: ['FEDERATION', 'INDUSTRY_UNION'],
  COMMUNITY_FEDERATION: ['FEDERATION'],
  GRASSROOTS: ['FEDERATION', 'INDUSTRY_UNION', 'COMMUNITY_FEDERATION'],
  BRANCH: ['GRASSROOTS'],
};

/*
 * Place in the four-level hierarchy: grassroots unions and branches are GRASSROOTS whatever their
 * region; federations take the level of the region they serve, a town or street counting as grassroots.
 */
export function levelFor(kind: OrganizationKind, regionLevel: RegionLevel): OrganizationLevel {
  if (kind === 'GRASSROOTS' || kind === 'BRANCH' || regionLevel === 'TOWN') return 'GRASSROOTS';
  return regionLevel;
}
