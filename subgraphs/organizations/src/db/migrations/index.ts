import type { Migration } from 'kysely';
import * as m0001 from './0001_create_organizations';
import * as m0002 from './0002_load_regions';
import * as m0003 from './0003_ascii_keys_and_descendant_index';
import * as m0004 from './0004_create_region_organization_counts';

/** Applied in name order; a new change is a new file, never an edit. */
export const migrations: Record<string, Migration> = {
  '0001_create_organizations': m0001,
  '0002_load_regions': m0002,
  '0003_ascii_keys_and_descendant_index': m0003,
  '0004_create_region_organization_counts': m0004,
};
