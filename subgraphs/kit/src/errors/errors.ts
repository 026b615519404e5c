import { GraphQLError } from 'graphql';

/** Codes a client can act on (docs/architecture.md §6). Anything else is masked as INTERNAL_SERVER_ERROR. */
export const CLIENT_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE_TRANSITION',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export function isClientErrorCode(code: unknown): code is ClientErrorCode {
  return CLIENT_ERROR_CODES.includes(code as ClientErrorCode);
}

function appError(message: string, code: ClientErrorCode, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extra, code } });
}

/** Bad input, naming the offending input field (e.g. 'input.regionCode'). */
export function badUserInput(field: string, message: string): GraphQLError {
  return appError(message, 'BAD_USER_INPUT', { field });
}

export function unauthenticated(message = 'Authentication required'): GraphQLError {
  return appError(message, 'UNAUTHENTICATED');
}

export function forbidden(message = 'Outside your jurisdiction'): GraphQLError {
  return appError(message, 'FORBIDDEN');
}

export function notFound(entity: string, field = 'id'): GraphQLError {
  return appError(`${entity} not found`, 'NOT_FOUND', { field });
}

export function conflict(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return appError(message, 'CONFLICT', extra);
}

/** An illegal workflow move, naming the current and the requested state. */
export function invalidStateTransition(entity: string, from: string, to: string): GraphQLError {
  return appError(`${entity} cannot move from ${from} to ${to}`, 'INVALID_STATE_TRANSITION', {
    currentState: from,
    requestedState: to,
  });
}
