import type {
  AppealCounterTable,
  AppealEventTable,
  AppealNumberCounterTable,
  AppealPiiAccessTable,
  WorkerAppealTable,
} from '../appeal/appeal.table';
import type { CollectiveContractTable, ContractRoundTable } from '../contract/contract.table';
import type { WorkersCongressTable } from '../congress/congress.table';
import type {
  DisputeCaseCounterTable,
  DisputeClaimantTable,
  DisputeEventTable,
  LaborDisputeTable,
} from '../dispute/dispute.table';
import type { RiskAssessmentTable } from '../risk/risk.table';
import type { LaborCounterTable, LaborOrgCounterTable } from '../stats/labor-counters.table';

/** Table name → row type of the labor-relations database (union_labor_relations). */
export interface Database {
  collective_contracts: CollectiveContractTable;
  contract_rounds: ContractRoundTable;
  labor_disputes: LaborDisputeTable;
  dispute_claimants: DisputeClaimantTable;
  dispute_events: DisputeEventTable;
  dispute_case_counters: DisputeCaseCounterTable;
  workers_congresses: WorkersCongressTable;
  risk_assessments: RiskAssessmentTable;
  worker_appeals: WorkerAppealTable;
  appeal_events: AppealEventTable;
  appeal_number_counters: AppealNumberCounterTable;
  appeal_counters: AppealCounterTable;
  appeal_pii_access_log: AppealPiiAccessTable;
  labor_counters: LaborCounterTable;
  labor_org_counters: LaborOrgCounterTable;
}
