import { stateMachine } from '@union/kit';

/** What is stored; EXPIRED is never written, it is read off the date. */
export type StoredContractStatus = 'DRAFT' | 'NEGOTIATING' | 'SIGNED' | 'FILED' | 'TERMINATED';
export type ContractStatus = StoredContractStatus | 'EXPIRED';

/*
 * The contract workflow (集体协商 → 签订 → 报备), as an explicit table. EXPIRED comes by date
 * alone, without a job: a SIGNED or FILED contract whose effectiveTo lies before today reads (and
 * filters, through contract-status.repository.ts) as EXPIRED. A terminated or expired contract is
 * final; renewal is a new contract.
 */
export const CONTRACT_WORKFLOW = stateMachine<ContractStatus>('CollectiveContract', {
  DRAFT: ['NEGOTIATING', 'TERMINATED'],
  NEGOTIATING: ['SIGNED', 'TERMINATED'],
  SIGNED: ['FILED', 'TERMINATED'],
  FILED: ['TERMINATED'],
  EXPIRED: [],
  TERMINATED: [],
});

/** The status as of `asOf` ('YYYY-MM-DD'). */
export function effectiveContractStatus(
  stored: StoredContractStatus,
  effectiveTo: string | null,
  asOf: string,
): ContractStatus {
  if ((stored === 'SIGNED' || stored === 'FILED') && effectiveTo !== null && effectiveTo < asOf)
    return 'EXPIRED';
  return stored;
}
