import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { isClientErrorCode } from '../errors/errors';
import { createErrorDigest } from '../logging/error-digest';
import type { Logger } from '../logging/logger';

/*
 * Request-level client mistakes, raised by Apollo Server (empty query, mutation over GET, APQ) or by
 * the HTTP layer's limits: the client can act on them, so they are neither masked nor error-level.
 */
const REQUEST_ERROR_CODES: readonly string[] = [
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_HASH_MISMATCH',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
];

function isClientFacing(code: unknown): boolean {
  return isClientErrorCode(code) || REQUEST_ERROR_CODES.includes(code as string);
}

/* Extension keys a client may see; everything else (response, serviceName, stacktrace, …) is dropped. */
const SAFE_EXTENSIONS = ['code', 'field', 'currentState', 'requestedState', 'requestId', 'successorId'];

/**
 * docs/architecture.md §6: client-actionable errors keep their message and code; anything else becomes
 * INTERNAL_SERVER_ERROR with the request id, and the original goes to the log (never to the client).
 */
export function errorMaskingPlugin<C extends BaseContext>(options: {
  logger: Logger;
  requestIdOf: (context: C) => string;
}): ApolloServerPlugin<C> {
  // An outage fails every request alike: the first of a kind is logged with its stack, repeats are counted.
  const digest = createErrorDigest(options.logger);
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          digest.flush();
        },
      };
    },
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isClientFacing(error.extensions?.code)) continue;
            const original = error.originalError ?? error;
            digest.report(
              original,
              {
                requestId: options.requestIdOf(contextValue),
                path: error.path,
                code: error.extensions?.code,
                serviceName: error.extensions?.serviceName,
              },
              'unexpected error while resolving',
              `${String(error.extensions?.code ?? '')}|${String(error.extensions?.serviceName ?? '')}`,
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const requestId = options.requestIdOf(contextValue);
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
            maskError(e, requestId),
          );
        },
      };
    },
  };
}

export function maskError(error: GraphQLFormattedError, requestId: string): GraphQLFormattedError {
  const code = error.extensions?.code;
  const base = {
    ...(error.locations ? { locations: error.locations } : {}),
    ...(error.path ? { path: error.path } : {}),
  };
  if (!isClientFacing(code)) {
    return {
      message: 'Internal server error',
      ...base,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  }
  const extensions: Record<string, unknown> = {};
  for (const key of SAFE_EXTENSIONS)
    if (error.extensions?.[key] !== undefined) extensions[key] = error.extensions[key];
  return { message: error.message, ...base, extensions };
}
