import { stateMachine } from '@union/kit';
import type { RequestStatus } from './request.table';

/*
 * The request state machine: SUBMITTED → ACCEPTED → IN_PROGRESS → COMPLETED, with REJECTED
 * (only before acceptance) and CANCELLED (any time before completion) as the other endings.
 */
export const REQUEST_WORKFLOW = stateMachine<RequestStatus>('ServiceRequest', {
  SUBMITTED: ['ACCEPTED', 'REJECTED', 'CANCELLED'],
  ACCEPTED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  REJECTED: [],
  CANCELLED: [],
});

/** Endings that give the place back to the program. */
export function releasesPlace(to: RequestStatus): boolean {
  return to === 'REJECTED' || to === 'CANCELLED';
}
