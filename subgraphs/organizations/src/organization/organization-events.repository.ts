import { newId, toDbTimestamp } from '@union/kit';
import type { Kysely } from 'kysely';
import type { Context } from '../context';
import type { Database } from '../db/database';
import type { NewOrganizationEvent } from './organization.table';

/** One audit row per change, written in the same transaction as the change itself. */
export async function recordOrganizationEvent(
  trx: Kysely<Database>,
  ctx: Context,
  org: { id: string; regionCode: string },
  event: 'CREATED' | 'UPDATED' | 'DISSOLVED' | 'MERGED' | 'ABSORBED' | 'WORKER_HOME_SET',
  detail: Record<string, unknown>,
): Promise<void> {
  const row: NewOrganizationEvent = {
    id: newId(),
    org_id: org.id,
    region_code: org.regionCode,
    event,
    actor: ctx.identity?.sub ?? 'anonymous',
    request_id: ctx.requestId,
    detail: JSON.stringify(detail),
    created_at: toDbTimestamp(),
  };
  await trx.insertInto('organization_events').values(row).execute();
}
