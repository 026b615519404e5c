import type { Insertable, Selectable } from 'kysely';
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

/*
 * Row types derived from the one table interface above (docs/architecture.md §1.1): a row as read,
 * a row to insert (and, where rows change, the columns of an update). Repositories and services
 * use these, never the bare interface (that is kysely's `Database` entry) or `Partial<…>`.
 */
export type WorkerHomeRow = Selectable<WorkerHomeTable>;
/** A workers' home is replaced whole (delete + insert), never updated in place. */
export type NewWorkerHome = Insertable<WorkerHomeTable>;

export interface WorkerHome {
  orgId: string;
  integrated: boolean;
  isDemonstrationSite: boolean;
  demonstrationLevel: DemonstrationLevel | null;
  rating: number | null;
  certifiedOn: string | null;
  updatedAt: string;
}

export function toWorkerHome(row: WorkerHomeRow): WorkerHome {
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
