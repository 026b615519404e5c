import type { Migration } from 'kysely';
import * as m0001 from './0001_create_services';
import * as m0002 from './0002_create_service_counters';

/** Applied in name order; a new change is a new file, never an edit. */
export const migrations: Record<string, Migration> = {
  '0001_create_services': m0001,
  '0002_create_service_counters': m0002,
};
