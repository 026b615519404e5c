import { invalidStateTransition } from '../errors/errors';

/*
 * A workflow as an explicit table (docs/architecture.md §6): every status lists the statuses it may
 * move to, and any other move is INVALID_STATE_TRANSITION naming the entity and both states. One
 * implementation for every department's workflows (contracts, disputes, requests, appeals, …), so
 * `allowedTransitions` in the SDL, the write guard and the tests all read the same table.
 */
export interface StateMachine<S extends string> {
  /** The entity named in the error (a GraphQL type name). */
  readonly entity: string;
  /** Status → the statuses it may move to. */
  readonly transitions: Readonly<Record<S, readonly S[]>>;
  /** Whether the table allows `from → to`. */
  can(from: S, to: S): boolean;
  /** Throws INVALID_STATE_TRANSITION unless the table allows `from → to`. */
  assert(from: S, to: S): void;
  /** The statuses with no way out. */
  readonly final: readonly S[];
}

export function stateMachine<S extends string>(
  entity: string,
  transitions: Readonly<Record<S, readonly S[]>>,
): StateMachine<S> {
  const states = Object.keys(transitions) as S[];
  for (const from of states) {
    for (const to of transitions[from]) {
      if (!(to in transitions)) throw new TypeError(`${entity}: ${from} → ${to} names an unknown status`);
    }
  }
  const can = (from: S, to: S) => transitions[from]?.includes(to) ?? false;
  return {
    entity,
    transitions,
    can,
    assert(from, to) {
      if (!can(from, to)) throw invalidStateTransition(entity, from, to);
    },
    final: states.filter((s) => transitions[s].length === 0),
  };
}
