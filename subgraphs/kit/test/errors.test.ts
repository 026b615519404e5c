import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { scrubPersonalNumbers } from '../src/logging/scrub';
import {
  badUserInput,
  CLIENT_ERROR_CODES,
  conflict,
  forbidden,
  invalidStateTransition,
  isClientErrorCode,
  maskError,
  notFound,
  unauthenticated,
} from '../src';

describe('error helpers', () => {
  it.each<[string, GraphQLError, string, Record<string, unknown>]>([
    [
      'badUserInput',
      badUserInput('input.regionCode', 'Unknown region'),
      'Unknown region',
      { code: 'BAD_USER_INPUT', field: 'input.regionCode' },
    ],
    ['unauthenticated', unauthenticated(), 'Authentication required', { code: 'UNAUTHENTICATED' }],
    ['forbidden', forbidden(), 'Outside your jurisdiction', { code: 'FORBIDDEN' }],
    ['forbidden (message)', forbidden('pii:read required'), 'pii:read required', { code: 'FORBIDDEN' }],
    ['notFound', notFound('Member'), 'Member not found', { code: 'NOT_FOUND', field: 'id' }],
    [
      'notFound (field)',
      notFound('Organization', 'input.organizationId'),
      'Organization not found',
      { code: 'NOT_FOUND', field: 'input.organizationId' },
    ],
    [
      'conflict',
      conflict('Stale version', { field: 'input.expectedVersion' }),
      'Stale version',
      { code: 'CONFLICT', field: 'input.expectedVersion' },
    ],
    [
      'invalidStateTransition',
      invalidStateTransition('MembershipApplication', 'APPROVED', 'REJECTED'),
      'MembershipApplication cannot move from APPROVED to REJECTED',
      { code: 'INVALID_STATE_TRANSITION', currentState: 'APPROVED', requestedState: 'REJECTED' },
    ],
  ])('%s carries its code and extensions', (_name, error, message, extensions) => {
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toBe(message);
    expect(error.extensions).toEqual(extensions);
    expect(isClientErrorCode(error.extensions.code)).toBe(true);
  });

  it('a helper cannot override its own code through extra extensions', () => {
    expect(conflict('dup', { code: 'INTERNAL' }).extensions.code).toBe('CONFLICT');
  });

  it('knows which codes a client may see', () => {
    expect(CLIENT_ERROR_CODES).toEqual(
      expect.arrayContaining([
        'BAD_USER_INPUT',
        'UNAUTHENTICATED',
        'FORBIDDEN',
        'NOT_FOUND',
        'CONFLICT',
        'INVALID_STATE_TRANSITION',
      ]),
    );
    for (const code of [
      'INTERNAL_SERVER_ERROR',
      'DOWNSTREAM_SERVICE_ERROR',
      undefined,
      null,
      42,
      'forbidden',
    ]) {
      expect(isClientErrorCode(code)).toBe(false);
    }
  });
});

describe('maskError', () => {
  const at = { locations: [{ line: 2, column: 5 }], path: ['member', 'idNumber'] };

  it('keeps a client error and only its safe extensions', () => {
    const error: GraphQLFormattedError = {
      message: 'Stale version',
      ...at,
      extensions: {
        code: 'CONFLICT',
        field: 'input.expectedVersion',
        currentState: 'ACTIVE',
        requestedState: 'SUSPENDED',
        successorId: 'm-2',
        requestId: 'r-upstream',
        stacktrace: ['Error: at db.ts:1'],
        serviceName: 'members',
        response: { url: 'http://10.0.0.1:4002/graphql' },
        exception: { sql: 'SELECT 1' },
      },
    };
    expect(maskError(error, 'r-1')).toEqual({
      message: 'Stale version',
      ...at,
      extensions: {
        code: 'CONFLICT',
        field: 'input.expectedVersion',
        currentState: 'ACTIVE',
        requestedState: 'SUSPENDED',
        successorId: 'm-2',
        requestId: 'r-upstream',
      },
    });
  });

  it.each([
    ['an internal error', { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] }],
    ['an unknown code', { code: 'ER_DUP_ENTRY' }],
    ['no extensions', undefined],
  ])('replaces %s with INTERNAL_SERVER_ERROR and the request id', (_label, extensions) => {
    const error: GraphQLFormattedError = {
      message: "Duplicate entry '110105194912310029' for key 'SELECT'",
      ...at,
      ...(extensions ? { extensions } : {}),
    };
    expect(maskError(error, 'r-9')).toEqual({
      message: 'Internal server error',
      ...at,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'r-9' },
    });
  });

  it('does not invent locations or a path', () => {
    expect(maskError({ message: 'boom' }, 'r')).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'r' },
    });
  });
});

describe('scrubPersonalNumbers', () => {
  it('removes ID-number and mobile shapes from text bound for logs, and keeps everything else', () => {
    const text =
      "Duplicate entry '11010519491231002X' for key 'x'; phone +86 13812345678; old 110105491231002; order 123456";
    const scrubbed = scrubPersonalNumbers(text);
    expect(scrubbed).not.toMatch(/11010519491231002X|13812345678|110105491231002/);
    expect(scrubbed).toContain('order 123456');
    expect(scrubPersonalNumbers('credit code 91350100M000100Y43')).toBe('credit code 91350100M000100Y43');
  });
});
