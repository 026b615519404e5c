import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from '../logging/logger';
import { scrubPersonalNumbers } from '../logging/scrub';

/*
 * What a client sees when a request fails before GraphQL runs (body too large, malformed JSON, a
 * content type nobody parses, a spent rate limit): the same `{ errors: [{ message, extensions:
 * { code } }] }` body as any GraphQL error, so one client-side error path handles them all.
 * Fastify's own messages for these are fixed strings; anything else gets a fixed message too.
 */
const CLIENT_ERRORS: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'Request body is too large' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'BAD_REQUEST', message: 'Request body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'BAD_REQUEST', message: 'Request body is empty' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'BAD_REQUEST',
    message: 'Unsupported content type: send application/json',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'BAD_REQUEST',
    message: 'Content-Length does not match the body',
  },
};

/** An error that already names its client code and message (e.g. a spent rate limit). */
export interface CodedHttpError extends Error {
  statusCode: number;
  graphqlCode: string;
}

export function codedHttpError(statusCode: number, graphqlCode: string, message: string): CodedHttpError {
  return Object.assign(new Error(message), { statusCode, graphqlCode });
}

/** Fastify error handler: 4xx as a GraphQL-shaped client error (not error-level), 5xx masked. */
export function graphqlShapedErrorHandler(logger: Logger) {
  return (error: FastifyError & Partial<CodedHttpError>, request: FastifyRequest, reply: FastifyReply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const known = error.graphqlCode
        ? { code: error.graphqlCode, message: error.message }
        : (CLIENT_ERRORS[error.code] ?? {
            code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
            message: 'Bad request',
          });
      logger.debug({ status, code: known.code, method: request.method, url: request.url }, 'client error');
      return reply
        .code(status)
        .send({ errors: [{ message: known.message, extensions: { code: known.code } }] });
    }
    logger.error(
      {
        err: {
          name: error.name,
          message: scrubPersonalNumbers(String(error.message ?? '')),
          stack: error.stack ? scrubPersonalNumbers(error.stack) : undefined,
        },
      },
      'request failed',
    );
    return reply.code(500).send({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  };
}
