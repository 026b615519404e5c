import type { Insertable, Selectable, Updateable } from 'kysely';
import { daysBetween } from '../shared/dates';
import { effectiveContractStatus, type ContractStatus, type StoredContractStatus } from './contract-status';

export type ContractKind = 'GENERAL' | 'WAGE_SPECIAL' | 'FEMALE_WORKERS_SPECIAL' | 'SAFETY_SPECIAL';
/** ENTERPRISE: one employer and its grassroots union; REGIONAL / INDUSTRY: many employers (区域性/行业性). */
export type ContractCoverage = 'ENTERPRISE' | 'REGIONAL' | 'INDUSTRY';

export interface CollectiveContractTable {
  id: string;
  org_id: string;
  region_code: string;
  employer_id: string | null;
  coverage: ContractCoverage;
  covered_organizations: number;
  kind: ContractKind;
  title: string;
  status: StoredContractStatus;
  signed_on: string | null;
  filed_on: string | null;
  effective_from: string | null;
  effective_to: string | null;
  covered_employees: number;
  wage_increase_bp: number | null;
  terminated_on: string | null;
  termination_reason: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ContractRoundTable {
  id: string;
  contract_id: string;
  org_id: string;
  region_code: string;
  round_number: number;
  held_on: string;
  summary: string;
  created_at: string;
}

export type CollectiveContractRow = Selectable<CollectiveContractTable>;
export type NewCollectiveContract = Insertable<CollectiveContractTable>;
export type CollectiveContractUpdate = Updateable<CollectiveContractTable>;
export type ContractRoundRow = Selectable<ContractRoundTable>;
export type NewContractRound = Insertable<ContractRoundTable>;

export interface CollectiveContract {
  id: string;
  orgId: string;
  regionCode: string;
  employerId: string | null;
  coverage: ContractCoverage;
  coveredOrganizations: number;
  kind: ContractKind;
  title: string;
  storedStatus: StoredContractStatus;
  /** As of the read: SIGNED/FILED past effectiveTo read as EXPIRED. */
  status: ContractStatus;
  signedOn: string | null;
  filedOn: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  coveredEmployees: number;
  wageIncreaseBasisPoints: number | null;
  terminatedOn: string | null;
  terminationReason: string | null;
  /** Days until effectiveTo while the contract is in force; null otherwise. */
  daysUntilExpiry: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface NegotiationRound {
  id: string;
  contractId: string;
  roundNumber: number;
  heldOn: string;
  summary: string;
  createdAt: string;
}

export function toContract(row: CollectiveContractRow, asOf: string): CollectiveContract {
  const status = effectiveContractStatus(row.status, row.effective_to, asOf);
  return {
    id: row.id,
    orgId: row.org_id,
    regionCode: row.region_code,
    employerId: row.employer_id,
    coverage: row.coverage,
    coveredOrganizations: Number(row.covered_organizations),
    kind: row.kind,
    title: row.title,
    storedStatus: row.status,
    status,
    signedOn: row.signed_on,
    filedOn: row.filed_on,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    coveredEmployees: Number(row.covered_employees),
    wageIncreaseBasisPoints: row.wage_increase_bp === null ? null : Number(row.wage_increase_bp),
    terminatedOn: row.terminated_on,
    terminationReason: row.termination_reason,
    daysUntilExpiry:
      (status === 'SIGNED' || status === 'FILED') && row.effective_to
        ? daysBetween(asOf, row.effective_to)
        : null,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toRound(row: ContractRoundRow): NegotiationRound {
  return {
    id: row.id,
    contractId: row.contract_id,
    roundNumber: Number(row.round_number),
    heldOn: row.held_on,
    summary: row.summary,
    createdAt: row.created_at,
  };
}
