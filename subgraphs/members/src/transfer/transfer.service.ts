import {
  badUserInput,
  conflict,
  forbidden,
  type Identity,
  inTransaction,
  invalidStateTransition,
  isUniqueViolation,
  newId,
  notFound,
  parseInput,
  staffMayWrite,
  toDbTimestamp,
} from '@union/kit';
import { actorOf } from '../access/access';
import { memberLink, receivingOrganizationLink } from '../access/link-checks';
import type { Context } from '../context';
import { decideTransferInput, rejectTransferInput, requestTransferInput } from '../member/member.inputs';
import { loadMemberRow, writeMember } from '../member/member-write';
import { acceptsMembers } from '../organization/organization-directory';
import { findTransferById } from './transfer.repository';
import { toTransfer, type Transfer, type TransferStatus, type TransferRow } from './transfer.table';

/** The receiving organization decides: its ORG_ADMIN or a FEDERATION_ADMIN whose region covers it. */
function assertReceiver(identity: Identity | null, transfer: Transfer): void {
  if (!staffMayWrite(identity, { regionCode: transfer.toRegionCode, orgId: transfer.toOrgId })) {
    throw forbidden('Only the receiving organization may decide about this transfer');
  }
}

/**
 * 会员关系接转: staff of the member's organization (or the member) ask the receiving organization.
 * The member becomes TRANSFERRING; a unique open key makes "one open transfer per member" a
 * database guarantee, not a read-then-write race.
 */
export async function requestTransfer(ctx: Context, raw: unknown): Promise<Transfer> {
  const input = parseInput(requestTransferInput, raw);
  const member = await memberLink(ctx, input.memberId, 'input.memberId');
  const to = await receivingOrganizationLink(ctx, input.toOrganizationId, 'input.toOrganizationId');
  if (!acceptsMembers(to)) {
    throw badUserInput(
      'input.toOrganizationId',
      'input.toOrganizationId: only active grassroots unions take members',
    );
  }
  if (to.id === member.org_id) {
    throw badUserInput('input.toOrganizationId', 'input.toOrganizationId: the member already belongs there');
  }
  if (member.status !== 'ACTIVE') throw invalidStateTransition('Member', member.status, 'TRANSFERRING');
  const row: TransferRow = {
    id: newId(),
    member_id: member.id,
    from_org_id: member.org_id,
    from_region_code: member.region_code,
    to_org_id: to.id,
    to_region_code: to.regionCode,
    status: 'PENDING',
    open_key: member.id,
    reason: input.reason ?? null,
    requested_by: ctx.identity?.sub ?? 'anonymous',
    decided_by: null,
    decided_at: null,
    created_at: toDbTimestamp(),
  };
  try {
    await inTransaction(ctx.db, async (trx) => {
      await trx.insertInto('member_transfers').values(row).execute();
      await writeMember(
        trx,
        actorOf(ctx),
        member,
        { status: 'TRANSFERRING' },
        'TRANSFER_REQUESTED',
        ['status'],
        trx,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('This member already has an open transfer', { field: 'input.memberId' });
    throw error;
  }
  return toTransfer(row);
}

async function decide(
  ctx: Context,
  id: string,
  to: TransferStatus,
  reason: string | null,
): Promise<Transfer> {
  const transfer = await findTransferById(ctx.db, id);
  if (!transfer) throw notFound('MemberTransfer', 'input.id');
  assertReceiver(ctx.identity, transfer);
  if (transfer.status !== 'PENDING') throw invalidStateTransition('MemberTransfer', transfer.status, to);
  await inTransaction(ctx.db, async (trx) => {
    const now = toDbTimestamp();
    const result = await trx
      .updateTable('member_transfers')
      .set({
        status: to,
        open_key: null,
        decided_by: ctx.identity!.sub,
        decided_at: now,
        ...(reason ? { reason } : {}),
      })
      .where('id', '=', transfer.id)
      .where('status', '=', 'PENDING')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw invalidStateTransition('MemberTransfer', 'decided', to);
    const member = await loadMemberRow(trx, transfer.memberId, 'input.id');
    if (to === 'ACCEPTED') {
      // Organization and region move together with the counters of both regions (one transaction).
      await writeMember(
        trx,
        actorOf(ctx),
        member,
        { org_id: transfer.toOrgId, region_code: transfer.toRegionCode, status: 'ACTIVE' },
        'TRANSFERRED',
        ['organization', 'region', 'status'],
        trx,
      );
    } else {
      await writeMember(
        trx,
        actorOf(ctx),
        member,
        { status: 'ACTIVE' },
        'TRANSFER_REJECTED',
        ['status'],
        trx,
      );
    }
  });
  return (await findTransferById(ctx.db, transfer.id))!;
}

export function acceptTransfer(ctx: Context, raw: unknown): Promise<Transfer> {
  const input = parseInput(decideTransferInput, raw);
  return decide(ctx, input.id, 'ACCEPTED', null);
}

export function rejectTransfer(ctx: Context, raw: unknown): Promise<Transfer> {
  const input = parseInput(rejectTransferInput, raw);
  return decide(ctx, input.id, 'REJECTED', input.reason);
}
