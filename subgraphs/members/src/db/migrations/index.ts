import type { Migration } from 'kysely';

/** Applied in name order; a new change is a new file, never an edit. */
export const migrations: Record<string, Migration> = {};
