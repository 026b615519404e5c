import type { Migration } from 'kysely';
import * as m0001 from './0001_create_members';

/** Applied in name order; a new change is a new file, never an edit. */
export const migrations: Record<string, Migration> = {
  '0001_create_members': m0001,
};
