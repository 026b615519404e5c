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

export function toTransfer(row: TransferTable): Transfer {
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
