import { stateMachine } from '@union/kit';

export type DisputeStatus = 'REPORTED' | 'MEDIATING' | 'MEDIATED' | 'ARBITRATION' | 'LITIGATION' | 'CLOSED';

/*
 * The dispute workflow (调解 → 仲裁 → 诉讼), as an explicit table:
 * - REPORTED may go to mediation, straight to arbitration (mediation is voluntary under the
 *   Labor Dispute Mediation and Arbitration Law), or close (withdrawn or settled at the source).
 * - MEDIATING ends either MEDIATED (agreement) or, when mediation fails, in ARBITRATION; it cannot
 *   close without one of those outcomes being recorded.
 * - MEDIATED closes once the agreement is performed, or goes to ARBITRATION when it is not.
 * - ARBITRATION closes on an accepted award or goes to LITIGATION; LITIGATION closes on judgment.
 * - CLOSED is final.
 */
export const DISPUTE_WORKFLOW = stateMachine<DisputeStatus>('LaborDispute', {
  REPORTED: ['MEDIATING', 'ARBITRATION', 'CLOSED'],
  MEDIATING: ['MEDIATED', 'ARBITRATION'],
  MEDIATED: ['CLOSED', 'ARBITRATION'],
  ARBITRATION: ['LITIGATION', 'CLOSED'],
  LITIGATION: ['CLOSED'],
  CLOSED: [],
});

export const OPEN_DISPUTE_STATUSES: readonly DisputeStatus[] = [
  'REPORTED',
  'MEDIATING',
  'MEDIATED',
  'ARBITRATION',
  'LITIGATION',
];
