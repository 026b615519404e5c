import type { CollectiveContractRow, ContractRoundRow } from '../contract/contract.table';
import type { WorkersCongressRow } from '../congress/congress.table';
import type {
  DisputeCaseCounterRow,
  DisputeClaimantRow,
  DisputeEventRow,
  LaborDisputeRow,
} from '../dispute/dispute.table';
import type { RiskAssessmentRow } from '../risk/risk.table';
import type { Prng } from '@union/kit';
import type { AppealSeed } from '../appeal/appeal.seed-types';

/* The upstream seeds' data, re-declared structurally (seed chain of scripts/src/subgraph-registry.ts). */
export interface SeededGrassroots {
  id: string;
  regionCode: string;
  employerId: string;
}
export interface SeededMember {
  id: string;
  orgId: string;
  regionCode: string;
  isMigrantWorker: boolean;
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
}
export interface SeededLegalAidRequest {
  id: string;
  memberId: string;
  orgId: string;
  regionCode: string;
}

/** Everything the seed writes, built in memory first (a pure function of its inputs and today). */
export interface LaborSeedBuild {
  prng: Prng;
  nextId: () => string;
  today: string;
  contracts: CollectiveContractRow[];
  rounds: ContractRoundRow[];
  disputes: LaborDisputeRow[];
  claimants: DisputeClaimantRow[];
  events: DisputeEventRow[];
  counters: DisputeCaseCounterRow[];
  congresses: WorkersCongressRow[];
  assessments: RiskAssessmentRow[];
  /** Worker appeals (their own PRNG: the rows above do not change with them). */
  appeals: AppealSeed;
}
