import { codedHttpError, type Logger } from '@union/kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CallerResolver } from '../rate-limit/caller-budget-key';
import { documentIdOf, lookupTrustedDocument, type DocumentId } from './trusted-documents';
import { ADHOC_PERMISSION, type TrustedDocumentsConfig } from './trusted-documents-config';
import { watchTrustedDocuments, type TrustedDocumentStore } from './trusted-documents-store';

/** Client error codes of trusted documents (gateway/README.md, docs/trusted-documents.draft.md). */
export const TRUSTED_DOCUMENT_NOT_FOUND = 'TRUSTED_DOCUMENT_NOT_FOUND';
export const TRUSTED_DOCUMENT_REQUIRED = 'TRUSTED_DOCUMENT_REQUIRED';

/*
 * Trusted documents (docs/frontend.md), before Apollo sees the request. A Fastify preHandler rather than an
 * Apollo plugin because Apollo drops a body's unknown `documentId` before any plugin runs, and because
 * a refusal here is an ordinary HTTP client error (status and code), answered before anything is parsed.
 *
 * - `{"documentId": "sha256:<hex>", "variables", "operationName"?}` (POST body or GET parameters): the
 *   registered document is put in `query` and the request goes on as if the client had sent it. An id
 *   that is not registered is 404 TRUSTED_DOCUMENT_NOT_FOUND (the id names a resource that does not
 *   exist); a malformed id, or an id together with a `query`, is 400 BAD_REQUEST.
 * - APQ (`extensions.persistedQuery.sha256Hash` with no query): APQ hashes the same way, so a hash
 *   that is a registered document's id runs that document, whatever the APQ cache holds.
 * - Under `require`, any other document (a free-form `query`, with or without an APQ hash to register
 *   it, or an APQ hash of a document someone else registered) is 400 TRUSTED_DOCUMENT_REQUIRED, unless
 *   the caller's verified token carries `ops:adhoc`. A free-form `query` whose text is exactly a
 *   registered document is that document and runs. A refused bearer token is left to the route's
 *   authentication, which answers 401 as for any request.
 */
export function installTrustedDocuments(
  app: FastifyInstance,
  options: { config: TrustedDocumentsConfig; callers: CallerResolver; logger: Logger },
): TrustedDocumentStore | undefined {
  const { config, callers, logger } = options;
  if (config.mode === 'off') return undefined;
  const store = watchTrustedDocuments({
    path: config.manifestPath,
    pollMs: config.pollMs,
    logger,
    requiredAtStart: config.mode === 'require',
  });
  app.addHook('onClose', async () => store.close());
  const required = config.mode === 'require';

  app.addHook('preHandler', async (request: FastifyRequest) => {
    if (request.routeOptions.url !== '/graphql') return;
    if (request.method !== 'GET' && request.method !== 'POST') return;
    const source = (request.method === 'GET' ? request.query : request.body) as Record<
      string,
      unknown
    > | null;
    // Batches, empty and non-object bodies are Apollo's to refuse (batching is off).
    if (!source || typeof source !== 'object' || Array.isArray(source)) return;
    const documents = store.documents();
    const { documentId, query } = source;

    if (documentId !== undefined) {
      if (query !== undefined && query !== null && query !== '')
        throw codedHttpError(400, 'BAD_REQUEST', 'Send either documentId or query, not both');
      const found = lookupTrustedDocument(documents, documentId);
      if (!found.ok) {
        throw found.reason === 'malformed'
          ? codedHttpError(400, 'BAD_REQUEST', 'documentId must be "sha256:" and 64 lowercase hex digits')
          : codedHttpError(404, TRUSTED_DOCUMENT_NOT_FOUND, 'No registered document has this documentId');
      }
      useDocument(request, source, found.document, { dropPersistedQuery: true });
      return;
    }

    if (typeof query === 'string' && query !== '') {
      if (required && !documents.has(documentIdOf(query))) await assertAdhoc(request, callers);
      return;
    }

    const hash = apqHashOf(source.extensions);
    if (hash === undefined) return;
    const registered = documents.get(`sha256:${hash}` as DocumentId);
    if (registered !== undefined) {
      useDocument(request, source, registered, { dropPersistedQuery: false });
      return;
    }
    if (required) await assertAdhoc(request, callers);
  });
  return store;
}

async function assertAdhoc(request: FastifyRequest, callers: CallerResolver): Promise<void> {
  const caller = await callers.outcome(request);
  if (!caller.ok) return; // a bad token: the route's authentication answers 401
  if (caller.value?.perms.includes(ADHOC_PERMISSION)) return;
  throw codedHttpError(
    400,
    TRUSTED_DOCUMENT_REQUIRED,
    'This gateway runs registered operations only: send {"documentId": "sha256:…"}',
  );
}

/** The APQ hash of `extensions` (an object, or GET's JSON string), when one is given. */
function apqHashOf(extensions: unknown): string | undefined {
  let value = extensions;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const hash = (value as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery
    ?.sha256Hash;
  return typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash) ? hash : undefined;
}

/*
 * Rewrites the request so Apollo runs `document`: the POST body, or for GET the URL's search (which
 * the Fastify integration reads) and Fastify's parsed query. `documentId` is removed; the APQ
 * extension is dropped for a documentId request (it names no hash Apollo should check or store);
 * other extensions stay.
 */
function useDocument(
  request: FastifyRequest,
  source: Record<string, unknown>,
  document: string,
  { dropPersistedQuery }: { dropPersistedQuery: boolean },
): void {
  const { documentId: _id, ...rest } = source;
  const next: Record<string, unknown> = { ...rest, query: document };
  if (dropPersistedQuery) {
    const extensions = withoutPersistedQuery(source.extensions);
    if (extensions === undefined) delete next.extensions;
    else next.extensions = extensions;
  }
  if (request.method === 'POST') {
    request.body = next;
    return;
  }
  const url = new URL(request.raw.url ?? '/graphql', 'http://gateway.invalid');
  url.searchParams.delete('documentId');
  if (dropPersistedQuery) {
    const extensions = withoutPersistedQuery(source.extensions);
    if (extensions === undefined) url.searchParams.delete('extensions');
    else url.searchParams.set('extensions', JSON.stringify(extensions));
  }
  url.searchParams.set('query', document);
  request.raw.url = `${url.pathname}${url.search}`;
  (request as { query: unknown }).query = next;
}

/** `extensions` without `persistedQuery`; undefined when nothing else is left (or it is unreadable). */
function withoutPersistedQuery(extensions: unknown): Record<string, unknown> | undefined {
  let value = extensions;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { persistedQuery: _dropped, ...rest } = value as Record<string, unknown>;
  return Object.keys(rest).length > 0 ? rest : undefined;
}
