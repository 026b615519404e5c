import { codedHttpError } from '@union/kit';
import type { FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';

/*
 * Apollo Server answers an APQ hash that does not match its query, and an APQ version it does not
 * speak, with errors that carry no code — which the gateway would mask as INTERNAL_SERVER_ERROR.
 * Both are the client's mistake, so they are answered here, before GraphQL, with a code the client's
 * persisted-query link acts on: PERSISTED_QUERY_NOT_SUPPORTED makes it fall back to full queries.
 */
export async function persistedQueryCheck(request: FastifyRequest): Promise<void> {
  if (request.routeOptions.url !== '/graphql') return;
  const { query, extensions } = operationOf(request);
  const persisted = (extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery;
  if (persisted === undefined || persisted === null) return;
  const { version, sha256Hash } = persisted as { version?: unknown; sha256Hash?: unknown };
  if (version !== 1) {
    throw codedHttpError(
      400,
      'PERSISTED_QUERY_NOT_SUPPORTED',
      'Unsupported persisted query version (only 1)',
    );
  }
  if (typeof query === 'string' && typeof sha256Hash === 'string') {
    const actual = createHash('sha256').update(query).digest('hex');
    if (actual !== sha256Hash) {
      throw codedHttpError(
        400,
        'PERSISTED_QUERY_HASH_MISMATCH',
        'The persisted query hash does not match the query',
      );
    }
  }
}

/* GET carries `extensions` as a JSON string; one that does not parse is left to Apollo (BAD_REQUEST). */
function operationOf(request: FastifyRequest): { query?: unknown; extensions?: unknown } {
  const source = (request.method === 'GET' ? request.query : request.body) as Record<string, unknown> | null;
  if (!source || typeof source !== 'object' || Array.isArray(source)) return {};
  let extensions = source.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      return {};
    }
  }
  return { query: source.query, extensions };
}
