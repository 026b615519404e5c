import { GraphQLError } from 'graphql';
import { stateMachine } from '../src';

describe('stateMachine', () => {
  const doors = stateMachine<'OPEN' | 'CLOSED' | 'LOCKED' | 'GONE'>('Door', {
    OPEN: ['CLOSED', 'GONE'],
    CLOSED: ['OPEN', 'LOCKED'],
    LOCKED: ['CLOSED'],
    GONE: [],
  });

  it('allows exactly the moves of its table and lists the final states', () => {
    expect(doors.can('OPEN', 'CLOSED')).toBe(true);
    expect(doors.can('OPEN', 'LOCKED')).toBe(false);
    expect(doors.can('GONE', 'OPEN')).toBe(false);
    expect(doors.final).toEqual(['GONE']);
    expect(() => doors.assert('CLOSED', 'LOCKED')).not.toThrow();
  });

  it('refuses any other move with INVALID_STATE_TRANSITION naming the entity and both states', () => {
    let error: unknown;
    try {
      doors.assert('LOCKED', 'OPEN');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).message).toBe('Door cannot move from LOCKED to OPEN');
    expect((error as GraphQLError).extensions).toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      currentState: 'LOCKED',
      requestedState: 'OPEN',
    });
  });

  it('refuses a table that names a status it does not define', () => {
    expect(() => stateMachine<'A' | 'B'>('Broken', { A: ['B', 'C' as 'B'], B: [] })).toThrow(
      /A → C names an unknown status/,
    );
  });
});
