import type { Insertable, Selectable } from 'kysely';

export interface WorkersCongressTable {
  id: string;
  org_id: string;
  region_code: string;
  /** e.g. '第三届第二次'. */
  session: string;
  held_on: string;
  delegates: number;
  resolutions_adopted: number;
  /** JSON array of factory-affairs openness (厂务公开) items disclosed at the session. */
  openness_items: string;
  created_at: string;
}

export type WorkersCongressRow = Selectable<WorkersCongressTable>;
export type NewWorkersCongress = Insertable<WorkersCongressTable>;

export interface WorkersCongress {
  id: string;
  orgId: string;
  regionCode: string;
  session: string;
  heldOn: string;
  delegates: number;
  resolutionsAdopted: number;
  opennessItems: string[];
  createdAt: string;
}

export function toCongress(row: WorkersCongressRow): WorkersCongress {
  return {
    id: row.id,
    orgId: row.org_id,
    regionCode: row.region_code,
    session: row.session,
    heldOn: row.held_on,
    delegates: Number(row.delegates),
    resolutionsAdopted: Number(row.resolutions_adopted),
    opennessItems: JSON.parse(row.openness_items) as string[],
    createdAt: row.created_at,
  };
}
