export type DemonstrationLevel = 'NATIONAL' | 'PROVINCIAL' | 'CITY' | 'COUNTY';

export interface WorkerHomeTable {
  org_id: string;
  region_code: string;
  integrated: number | boolean;
  demonstration_level: DemonstrationLevel | null;
  rating: number | null;
  certified_on: string | null;
  updated_at: string;
}

export interface WorkerHome {
  orgId: string;
  integrated: boolean;
  isDemonstrationSite: boolean;
  demonstrationLevel: DemonstrationLevel | null;
  rating: number | null;
  certifiedOn: string | null;
  updatedAt: string;
}

export function toWorkerHome(row: WorkerHomeTable): WorkerHome {
  return {
    orgId: row.org_id,
    integrated: Boolean(row.integrated),
    isDemonstrationSite: row.demonstration_level !== null,
    demonstrationLevel: row.demonstration_level,
    rating: row.rating === null ? null : Number(row.rating),
    certifiedOn: row.certified_on,
    updatedAt: row.updated_at,
  };
}
