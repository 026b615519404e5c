import { conflict, inTransaction, parseInput, toDbTimestamp } from '@union/kit';
import type { Context } from '../context';
import { recordOrganizationEvent } from '../organization/organization-events.repository';
import { setWorkerHomeInput } from '../organization/organization.inputs';
import { organizationLink } from '../access/link-checks';
import type { Organization } from '../organization/organization.table';
import { addDeltas, adjustCounts, homeDelta } from '../stats/organization-counts.repository';
import { replaceWorkerHome } from './worker-home.repository';
import type { WorkerHomeRow } from './worker-home.table';

/** Records (or replaces) an organization's workers' home; the row copies the organization's region for scope. */
export async function setWorkerHome(ctx: Context, raw: unknown): Promise<Organization> {
  const input = parseInput(setWorkerHomeInput, raw);
  const org = await organizationLink(ctx, input.organizationId, 'input.organizationId');
  if (org.status !== 'ACTIVE')
    throw conflict(`Organization is ${org.status}`, { field: 'input.organizationId' });
  await inTransaction(ctx.db, async (trx) => {
    const row: WorkerHomeRow = {
      org_id: org.id,
      region_code: org.regionCode,
      integrated: input.integrated ? 1 : 0, // SQLite binds no booleans
      demonstration_level: input.demonstrationLevel ?? null,
      rating: input.rating ?? null,
      certified_on: input.certifiedOn ?? null,
      updated_at: toDbTimestamp(),
    };
    const previous = await replaceWorkerHome(trx, row);
    await adjustCounts(trx, org, addDeltas(homeDelta(row, 1), homeDelta(previous, -1)));
    await recordOrganizationEvent(trx, ctx, org, 'WORKER_HOME_SET', {
      integrated: input.integrated,
      demonstrationLevel: input.demonstrationLevel ?? null,
    });
  });
  return org;
}
