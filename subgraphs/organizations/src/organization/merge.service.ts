import {
  badUserInput,
  conflict,
  inTransaction,
  invalidStateTransition,
  parseInput,
  toDbTimestamp,
} from '@union/kit';
import { sql } from 'kysely';
import type { Context } from '../context';
import { recordOrganizationEvent } from './organization-events.repository';
import { mergeOrganizationsInput } from './organization.inputs';
import { loadForWrite } from './organization.service';
import type { Organization } from './organization.table';
import { addDeltas, adjustCounts, homeDelta } from '../stats/organization-counts.repository';
import { removeWorkerHome } from '../worker-home/worker-home.repository';
import { organizationLink } from '../access/link-checks';

export interface MergeResult {
  source: Organization;
  target: Organization;
  movedChildren: number;
}

/**
 * ACTIVE → MERGED: the source ceases, names the target as its successor, and its whole subtree moves
 * under the target (parent ids of the direct children, materialized paths of every descendant) in
 * one transaction.
 */
export async function mergeOrganizations(ctx: Context, raw: unknown): Promise<MergeResult> {
  const input = parseInput(mergeOrganizationsInput, raw);
  if (input.sourceId === input.targetId)
    throw badUserInput('input.targetId', 'input.targetId: must differ from the source');
  const source = await organizationLink(ctx, input.sourceId, 'input.sourceId');
  const target = await organizationLink(ctx, input.targetId, 'input.targetId');
  if (source.status !== 'ACTIVE') throw invalidStateTransition('Organization', source.status, 'MERGED');
  if (target.status !== 'ACTIVE')
    throw conflict(`The target organization is ${target.status}`, { field: 'input.targetId' });
  if (source.kind !== target.kind) {
    throw badUserInput('input.targetId', 'input.targetId: organizations of different kinds cannot merge');
  }
  if (target.path.startsWith(source.path)) {
    throw badUserInput(
      'input.targetId',
      'input.targetId: cannot merge an organization into its own descendant',
    );
  }
  if (!source.regionCode.startsWith(target.regionCode)) {
    throw badUserInput(
      'input.targetId',
      "input.targetId: the target's region must cover the source's region",
    );
  }

  const now = toDbTimestamp();
  const movedChildren = await inTransaction(ctx.db, async (trx) => {
    const ceased = await trx
      .updateTable('organizations')
      .set({ status: 'MERGED', successor_id: target.id, version: source.version + 1, updated_at: now })
      .where('id', '=', source.id)
      .where('version', '=', source.version)
      .executeTakeFirst();
    if (Number(ceased.numUpdatedRows) !== 1)
      throw conflict('Organization was changed concurrently; try again');

    const moved = await trx
      .updateTable('organizations')
      .set({ parent_id: target.id, updated_at: now, version: sql`version + 1` })
      .where('parent_id', '=', source.id)
      .executeTakeFirst();
    // Rewrite the prefix of every descendant's path: '/…/source/x/' → '/…/target/x/'.
    await trx
      .updateTable('organizations')
      .set({ path: sql<string>`concat(${target.path}, substr(path, ${source.path.length + 1}))` })
      .where('path', 'like', `${source.path}%`)
      .where('id', '!=', source.id)
      .execute();
    await trx
      .updateTable('organizations')
      .set({ version: sql`version + 1`, updated_at: now })
      .where('id', '=', target.id)
      .execute();
    const home = await removeWorkerHome(trx, source.id);
    await adjustCounts(trx, source, addDeltas({ active: -1 }, homeDelta(home, -1)));
    await recordOrganizationEvent(trx, ctx, source, 'MERGED', { successorId: target.id });
    await recordOrganizationEvent(trx, ctx, target, 'ABSORBED', { sourceId: source.id });
    return Number(moved.numUpdatedRows);
  });
  return {
    source: await loadForWrite(ctx.db, source.id, 'input.sourceId'),
    target: await loadForWrite(ctx.db, target.id, 'input.targetId'),
    movedChildren,
  };
}
