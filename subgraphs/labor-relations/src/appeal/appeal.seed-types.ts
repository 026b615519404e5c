import type { AppealStatus } from './appeal-status';
import type {
  AppealCounterRow,
  AppealEventRow,
  AppealNumberCounterRow,
  WorkerAppealRow,
} from './appeal.table';

export { APPEAL_CHANNELS } from './appeal.table';
export const APPEAL_STATUSES_SEEDED: readonly AppealStatus[] = [
  'RECEIVED',
  'ACCEPTED',
  'DISPATCHED',
  'IN_PROGRESS',
  'RESOLVED',
  'CALLED_BACK',
  'CLOSED',
];

/** Everything the appeal seed writes. */
export interface AppealSeed {
  appeals: WorkerAppealRow[];
  /** Callers without a member identity, in plaintext until written (never stored so). */
  callers: { appealId: string; name: string; phone: string }[];
  events: AppealEventRow[];
  /**
   * The web appeals' follow-up codes, in plaintext until written (stored only as their scrypt
   * hash, like a real one; seededFollowUpCode of the id).
   */
  followUps: { appealId: string; code: string }[];
  counters: AppealCounterRow[];
  numberCounters: AppealNumberCounterRow[];
}
