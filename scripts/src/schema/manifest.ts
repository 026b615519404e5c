/*
 * The trusted-documents manifest (schema/operations/manifest.json, written by `npm run codegen`):
 * every registered operation's text under its document id. The id follows the trusted-documents
 * convention: `sha256:` and the lowercase hex SHA-256 of the document's UTF-8 text, exactly as
 * stored. The gateway reads it with loadTrustedDocuments (gateway/src/trusted-documents).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { OPERATIONS_DIR, type Registry } from './registry';

export const MANIFEST_FILE = path.join(OPERATIONS_DIR, 'manifest.json');

export function documentIdOf(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** `"sha256:<hex>"` → document text, in registry order (client, file, position). */
export function trustedDocumentsManifest(registry: Registry): Record<string, string> {
  const manifest: Record<string, string> = {};
  for (const op of registry.operations) manifest[documentIdOf(op.text)] = op.text;
  return manifest;
}

/** The manifest file's exact content. */
export function manifestContent(registry: Registry): string {
  return `${JSON.stringify(trustedDocumentsManifest(registry), null, 2)}\n`;
}
