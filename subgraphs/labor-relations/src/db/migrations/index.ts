import type { Migration } from 'kysely';
import * as m0001 from './0001_create_labor_relations';
import * as m0002 from './0002_create_worker_appeals';
import * as m0003 from './0003_add_appeal_service_request';
import * as m0004 from './0004_create_labor_counters';
import * as m0005 from './0005_create_labor_org_counters';
import * as m0006 from './0006_add_appeal_hardship_case';

/** Applied in name order; a new change is a new file, never an edit. */
export const migrations: Record<string, Migration> = {
  '0001_create_labor_relations': m0001,
  '0002_create_worker_appeals': m0002,
  '0003_add_appeal_service_request': m0003,
  '0004_create_labor_counters': m0004,
  '0005_create_labor_org_counters': m0005,
  '0006_add_appeal_hardship_case': m0006,
};
