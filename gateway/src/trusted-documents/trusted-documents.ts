/*
 * Trusted documents (docs/frontend.md): the manifest of registered operations that `npm run codegen`
 * writes to schema/operations/manifest.json, read for the gateway.
 *
 * The manifest is one JSON object: `"sha256:<64 lowercase hex>"` → the document's text, where the
 * hex is the SHA-256 of exactly that text in UTF-8 (the trusted-documents convention's document id;
 * a client sends `{"documentId": "sha256:…", "variables": …}` instead of `{"query": …}`). Each
 * document holds one named operation and the fragments it uses, with `__typename` selected as
 * Apollo Client sends it.
 *
 * For the request side (not wired here): resolve `documentId` with `lookupTrustedDocument`; an id
 * that is not in the map is a client error ("unknown document id"), a malformed one too.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';

export type DocumentId = `sha256:${string}`;

/** The committed manifest (schema/operations/manifest.json), from gateway/src or gateway/dist. */
export const DEFAULT_TRUSTED_DOCUMENTS_PATH = path.resolve(
  __dirname,
  '../../../schema/operations/manifest.json',
);

const DOCUMENT_ID = /^sha256:[0-9a-f]{64}$/;

/** Thrown when a manifest cannot be used; the message names the file and the entry at fault. */
export class TrustedDocumentsError extends Error {
  override name = 'TrustedDocumentsError';
}

/** The document id of a document's text: `sha256:` + lowercase hex SHA-256 of its UTF-8 bytes. */
export function documentIdOf(text: string): DocumentId {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** A request's `documentId` when it is well formed (`sha256:` + 64 lowercase hex), else null. */
export function parseDocumentId(value: unknown): DocumentId | null {
  return typeof value === 'string' && DOCUMENT_ID.test(value) ? (value as DocumentId) : null;
}

/**
 * Reads and verifies a manifest: every key is a well-formed id and the hash of its document, so a
 * hand-edited or corrupted manifest fails at start-up instead of serving a document under an id a
 * client never built. Read once; a new manifest ships with a new gateway release or a restart.
 */
export function loadTrustedDocuments(
  file: string = DEFAULT_TRUSTED_DOCUMENTS_PATH,
): ReadonlyMap<DocumentId, string> {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    throw new TrustedDocumentsError(`Cannot read the trusted documents at ${file}; run \`npm run codegen\``);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new TrustedDocumentsError(`${file} is not JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new TrustedDocumentsError(`${file} must be a JSON object of "sha256:<hex>": "<document>"`);
  const documents = new Map<DocumentId, string>();
  for (const [key, document] of Object.entries(parsed)) {
    const id = parseDocumentId(key);
    if (!id)
      throw new TrustedDocumentsError(`${file}: "${key.slice(0, 80)}" is not a sha256:<64 hex> document id`);
    if (typeof document !== 'string' || document.trim() === '')
      throw new TrustedDocumentsError(`${file}: the document of ${id} is not a non-empty string`);
    if (documentIdOf(document) !== id)
      throw new TrustedDocumentsError(`${file}: the document stored under ${id} does not hash to it`);
    documents.set(id, document);
  }
  return documents;
}

/** The document text of a request's documentId: `unknown` and `malformed` are client errors. */
export function lookupTrustedDocument(
  documents: ReadonlyMap<DocumentId, string>,
  documentId: unknown,
): { ok: true; id: DocumentId; document: string } | { ok: false; reason: 'malformed' | 'unknown' } {
  const id = parseDocumentId(documentId);
  if (!id) return { ok: false, reason: 'malformed' };
  const document = documents.get(id);
  return document === undefined ? { ok: false, reason: 'unknown' } : { ok: true, id, document };
}

/**
 * The operation names of the registered documents: the bounded set a metrics label may take
 * (docs/operations.md: others are counted as `anonymous`/`other`).
 */
export function registeredOperationNames(documents: ReadonlyMap<DocumentId, string>): ReadonlySet<string> {
  const names = new Set<string>();
  for (const document of documents.values())
    for (const definition of parse(document).definitions)
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
  return names;
}
