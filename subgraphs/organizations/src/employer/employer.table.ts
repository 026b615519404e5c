import type { Insertable, Selectable } from 'kysely';
export type Ownership =
  | 'STATE_OWNED'
  | 'COLLECTIVE'
  | 'PRIVATE'
  | 'FOREIGN_INVESTED'
  | 'HONG_KONG_MACAO_TAIWAN'
  | 'JOINT_STOCK'
  | 'OTHER';

export interface EmployerTable {
  id: string;
  name: string;
  credit_code: string;
  industry_code: string;
  ownership: Ownership;
  employee_count: number;
  region_code: string;
  created_at: string;
}

/*
 * Row types derived from the one table interface above (docs/architecture.md §1.1): a row as read,
 * a row to insert (and, where rows change, the columns of an update). Repositories and services
 * use these, never the bare interface (that is kysely's `Database` entry) or `Partial<…>`.
 */
export type EmployerRow = Selectable<EmployerTable>;
export type NewEmployer = Insertable<EmployerTable>;

export interface Employer {
  id: string;
  name: string;
  creditCode: string;
  industryCode: string;
  ownership: Ownership;
  employeeCount: number;
  regionCode: string;
  createdAt: string;
}

export function toEmployer(row: EmployerRow): Employer {
  return {
    id: row.id,
    name: row.name,
    creditCode: row.credit_code,
    industryCode: row.industry_code,
    ownership: row.ownership,
    employeeCount: Number(row.employee_count),
    regionCode: row.region_code,
    createdAt: row.created_at,
  };
}
