import { asciiColumn } from '@union/kit';
import { MysqlAdapter, type Kysely } from 'kysely';

/*
 * Frozen in time. A worker appeal may point to the member's ServiceRequest in services (a help
 * request handled as a service: legal aid, hardship assistance…); the id is checked with services
 * through `_entities` when linked and resolved by services when read. Plus an index for the
 * overdue and due-soon supervision lists.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('worker_appeals')
    .addColumn('service_request_id', asciiColumn(db, 'char(36)'))
    .execute();
  // Supervision lists and their counts: open appeals of a region by due date (overdue, due soon).
  // At 33,000 appeals (MariaDB, npm run bench:labor-relations) the overdue count read every appeal
  // of the city through (region_code, id).
  await db.schema
    .createIndex('appeals_region_due_idx')
    .on('worker_appeals')
    .columns(['region_code', 'status', 'due_on'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const drop = db.schema.dropIndex('appeals_region_due_idx');
  // MySQL names the table of an index; SQLite's index names are global.
  await (db.getExecutor().adapter instanceof MysqlAdapter ? drop.on('worker_appeals') : drop).execute();
  await db.schema.alterTable('worker_appeals').dropColumn('service_request_id').execute();
}
