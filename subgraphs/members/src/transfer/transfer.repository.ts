import { scopePredicate, type Scope } from '@union/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { toTransfer, type Transfer } from './transfer.table';

export async function findTransfersOfMembers(
  db: Kysely<Database>,
  memberIds: readonly string[],
): Promise<Transfer[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .selectFrom('member_transfers')
    .selectAll()
    .where('member_id', 'in', [...memberIds])
    .orderBy('member_id')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toTransfer);
}

export async function findTransferById(db: Kysely<Database>, id: string): Promise<Transfer | null> {
  const row = await db.selectFrom('member_transfers').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toTransfer(row) : null;
}

/** Open transfers into organizations, oldest first (the receiving side's in-tray), inside the scope. */
export async function findIncomingTransfers(
  db: Kysely<Database>,
  orgIds: readonly string[],
  scope: Scope,
): Promise<Transfer[]> {
  if (orgIds.length === 0) return [];
  const rows = await db
    .selectFrom('member_transfers')
    .selectAll()
    .where('to_org_id', 'in', [...orgIds])
    .where('status', '=', 'PENDING')
    .where(
      scopePredicate(scope, { region: 'member_transfers.to_region_code', org: 'member_transfers.to_org_id' }),
    )
    .orderBy('id')
    .execute();
  return rows.map(toTransfer);
}
