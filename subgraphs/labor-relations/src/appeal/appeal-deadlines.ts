import type { AppealKind } from './appeal.table';

/**
 * Days from receipt (or from reopening / escalation) to the due date, per kind, in calendar days
 * of the China calendar. Defaults follow the common 12351 practice: a consultation is answered
 * within 3 days, a help request within 10, a rights complaint and a suggestion within 15.
 * Configurable with APPEAL_DEADLINE_DAYS, e.g. "CONSULTATION=2,RIGHTS_COMPLAINT=10".
 */
export type AppealDeadlines = Readonly<Record<AppealKind, number>>;

export const DEFAULT_APPEAL_DEADLINES: AppealDeadlines = {
  CONSULTATION: 3,
  HELP_REQUEST: 10,
  RIGHTS_COMPLAINT: 15,
  SUGGESTION: 15,
};

export function parseAppealDeadlines(value: string | undefined): AppealDeadlines {
  const out: Record<string, number> = { ...DEFAULT_APPEAL_DEADLINES };
  if (!value?.trim()) return out as AppealDeadlines;
  for (const part of value.split(',')) {
    const [kind, days] = part.split('=').map((s) => s.trim());
    if (!kind || !(kind in DEFAULT_APPEAL_DEADLINES)) {
      throw new Error(`APPEAL_DEADLINE_DAYS: unknown appeal kind ${JSON.stringify(kind)}`);
    }
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 365) {
      throw new Error(`APPEAL_DEADLINE_DAYS: ${kind} must be a whole number of days between 1 and 365`);
    }
    out[kind] = n;
  }
  return out as AppealDeadlines;
}
