import type { Insertable, Selectable, Updateable } from 'kysely';
export type TransferStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';

export interface TransferTable {
  id: string;
  member_id: string;
  from_org_id: string;
  from_region_code: string;
  to_org_id: string;
  to_region_code: string;
  status: TransferStatus;
  open_key: string | null;
  reason: string | null;
  requested_by: string;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

/*
 * Row types derived from the one table interface above (docs/architecture.md §1.1): a row as read,
 * a row to insert (and, where rows change, the columns of an update). Repositories and services
 * use these, never the bare interface (that is kysely's `Database` entry) or `Partial<…>`.
 */
export type TransferRow = Selectable<TransferTable>;
export type NewTransfer = Insertable<TransferTable>;
export type TransferUpdate = Updateable<TransferTable>;

export interface Transfer {
  id: string;
  memberId: string;
  fromOrgId: string;
  fromRegionCode: string;
  toOrgId: string;
  toRegionCode: string;
  status: TransferStatus;
  reason: string | null;
  requestedAt: string;
  decidedAt: string | null;
}

export function toTransfer(row: TransferRow): Transfer {
  return {
    id: row.id,
    memberId: row.member_id,
    fromOrgId: row.from_org_id,
    fromRegionCode: row.from_region_code,
    toOrgId: row.to_org_id,
    toRegionCode: row.to_region_code,
    status: row.status,
    reason: row.reason,
    requestedAt: row.created_at,
    decidedAt: row.decided_at,
  };
}
