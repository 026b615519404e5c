import { asciiColumn } from '@union/kit';
import type { Kysely } from 'kysely';

/*
 * Frozen in time. A worker appeal may point to the member's HardshipCase in services (困难职工档案:
 * a help request answered through hardship assistance); the id is checked with services through
 * `_entities` when linked and resolved by services, under the reader's scope, when read.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('worker_appeals')
    .addColumn('hardship_case_id', asciiColumn(db, 'char(36)'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('worker_appeals').dropColumn('hardship_case_id').execute();
}
