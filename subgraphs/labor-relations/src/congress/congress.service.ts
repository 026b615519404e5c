import {
  badUserInput,
  inTransaction,
  entityId as id,
  isoDate,
  labelText,
  newId,
  parseInput,
  textLine,
  toDbTimestamp,
  assertStaffMayWrite,
} from '@union/kit';
import { z } from 'zod';
import { WRITE_DENIED } from '../access/write-denied';
import type { Context } from '../context';
import { requireActiveOrganization } from '../facts/require-organization';
import { toCongress, type WorkersCongress, type NewWorkersCongress } from './congress.table';

export const recordCongressInput = z.object({
  organizationId: id,
  session: labelText,
  heldOn: isoDate,
  delegates: z.number().int().min(1, 'must be at least 1').max(100_000, 'is too large'),
  resolutionsAdopted: z.number().int().min(0, 'must not be negative').max(1000, 'is too large'),
  opennessItems: z.array(textLine(200)).max(50, 'at most 50 items'),
});

/** Records a session of the workers' congress (职工代表大会) and what was disclosed (厂务公开). */
export async function recordCongress(ctx: Context, raw: unknown): Promise<WorkersCongress> {
  const input = parseInput(recordCongressInput, raw);
  if (input.heldOn > ctx.today) throw badUserInput('input.heldOn', 'input.heldOn: must not be in the future');
  const org = await requireActiveOrganization(ctx, input.organizationId, 'input.organizationId');
  assertStaffMayWrite(ctx.identity, { regionCode: org.regionCode, orgId: org.id }, WRITE_DENIED);
  const row: NewWorkersCongress = {
    id: newId(),
    org_id: org.id,
    region_code: org.regionCode,
    session: input.session,
    held_on: input.heldOn,
    delegates: input.delegates,
    resolutions_adopted: input.resolutionsAdopted,
    openness_items: JSON.stringify(input.opennessItems),
    created_at: toDbTimestamp(),
  };
  // One statement, still in inTransaction: a cluster's write conflict is retried (docs/architecture.md §9).
  await inTransaction(ctx.db, (trx) => trx.insertInto('workers_congresses').values(row).execute());
  return toCongress(row);
}
