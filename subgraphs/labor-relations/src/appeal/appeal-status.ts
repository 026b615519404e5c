import { invalidStateTransition, stateMachine } from '@union/kit';

export const APPEAL_STATUSES = [
  'RECEIVED',
  'ACCEPTED',
  'DISPATCHED',
  'IN_PROGRESS',
  'RESOLVED',
  'CALLED_BACK',
  'CLOSED',
] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

/** Before resolution: counted as open, and overdue once the due date has passed. */
export const OPEN_APPEAL_STATUSES: readonly AppealStatus[] = [
  'RECEIVED',
  'ACCEPTED',
  'DISPATCHED',
  'IN_PROGRESS',
];

export function isOpenAppeal(status: AppealStatus): boolean {
  return OPEN_APPEAL_STATUSES.includes(status);
}

/*
 * The 12351 workflow as one explicit table of actions (接诉 → 受理 → 派单 → 办理 → 办结 → 回访 → 结案):
 * - accept: the receiving federation's line takes the appeal in;
 * - dispatch: sent down the hierarchy to a federation or union inside the dispatcher's scope
 *   (from ACCEPTED, or from IN_PROGRESS when the holder passes it further down);
 * - return: the receiver sends it back to the level that dispatched it, with a reason;
 * - start: the holder begins handling it (IN_PROGRESS), assigned to a staff subject;
 * - resolve: outcome and resolution text;
 * - callBack: the return call records satisfaction (UNREACHABLE only after three attempts);
 *   a first DISSATISFIED call-back reopens it (CALLED_BACK → IN_PROGRESS, automatically);
 * - escalate: an overdue open appeal, or one dissatisfied a second time, goes one level up
 *   and is ACCEPTED there;
 * - close: only after a call-back record.
 * Every status move an action can make is in APPEAL_WORKFLOW, the kit's workflow table
 * (docs/architecture.md §6); an action is checked against its own `from` list (assertAppealAction),
 * anything else is INVALID_STATE_TRANSITION naming the current and requested state, and changes nothing.
 */
export const APPEAL_ACTIONS = {
  accept: { from: ['RECEIVED'], to: 'ACCEPTED' },
  dispatch: { from: ['ACCEPTED', 'IN_PROGRESS'], to: 'DISPATCHED' },
  return: { from: ['DISPATCHED'], to: 'ACCEPTED' },
  start: { from: ['ACCEPTED', 'DISPATCHED'], to: 'IN_PROGRESS' },
  resolve: { from: ['IN_PROGRESS'], to: 'RESOLVED' },
  callBack: { from: ['RESOLVED'], to: 'CALLED_BACK' },
  reopen: { from: ['CALLED_BACK'], to: 'IN_PROGRESS' },
  escalate: { from: ['ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'CALLED_BACK'], to: 'ACCEPTED' },
  close: { from: ['CALLED_BACK'], to: 'CLOSED' },
} as const satisfies Record<string, { from: readonly AppealStatus[]; to: AppealStatus }>;
export type AppealAction = keyof typeof APPEAL_ACTIONS;

/** The workflow table: from each status, the statuses some action may move it to. */
export const APPEAL_WORKFLOW = stateMachine<AppealStatus>(
  'WorkerAppeal',
  Object.fromEntries(
    APPEAL_STATUSES.map((status) => [
      status,
      APPEAL_STATUSES.filter((to) =>
        Object.values(APPEAL_ACTIONS).some(
          (a) => a.to === to && (a.from as readonly AppealStatus[]).includes(status),
        ),
      ),
    ]),
  ) as unknown as Record<AppealStatus, readonly AppealStatus[]>,
);

export function assertAppealAction(action: AppealAction, from: AppealStatus): AppealStatus {
  const rule = APPEAL_ACTIONS[action];
  if (!(rule.from as readonly AppealStatus[]).includes(from)) {
    throw invalidStateTransition('WorkerAppeal', from, rule.to);
  }
  return rule.to;
}

/** The actions that may be taken from a status (for clients' buttons). */
export function allowedAppealActions(from: AppealStatus): AppealAction[] {
  return (Object.keys(APPEAL_ACTIONS) as AppealAction[]).filter((a) =>
    (APPEAL_ACTIONS[a].from as readonly AppealStatus[]).includes(from),
  );
}
